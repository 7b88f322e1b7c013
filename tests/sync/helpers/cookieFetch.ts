// fetch for a Node "device": keeps the AuthSession cookie between requests, as a browser on the
// same origin would (Node's fetch has no cookie store).
import type { FetchLike } from '../../../src/sync/couchClient';

export interface CookieJarFetch {
  fetch: FetchLike;
  /** The cookie the jar would send, e.g. `AuthSession=…`, or undefined. */
  cookie(): string | undefined;
  /** Forget the cookie (as if it expired or the browser lost it). */
  clear(): void;
  /** Replace the cookie (e.g. with a forged or stale one). */
  set(cookie: string | undefined): void;
}

export function cookieJarFetch(
  base: FetchLike = (input, init) => fetch(input, init),
): CookieJarFetch {
  let cookie: string | undefined;
  return {
    async fetch(input, init) {
      const headers = new Headers(init.headers);
      if (cookie) headers.set('Cookie', cookie);
      const response = await base(input, { ...init, headers });
      for (const setCookie of response.headers.getSetCookie()) {
        const [pair] = setCookie.split(';');
        if (pair?.startsWith('AuthSession=')) cookie = pair === 'AuthSession=' ? undefined : pair;
      }
      return response;
    },
    cookie: () => cookie,
    clear() {
      cookie = undefined;
    },
    set(value) {
      cookie = value;
    },
  };
}
