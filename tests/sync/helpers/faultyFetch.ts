// A fetch that fails on purpose at chosen requests: before the request leaves, after the server
// has processed it but before the reply arrives, or in the middle of the reply's body.
import type { FetchLike } from '../../../src/sync/couchClient';

export type FaultMode = 'beforeRequest' | 'replyLost' | 'brokenBody';

export interface SentRequest {
  method: string;
  url: string;
  body: string | undefined;
}

/** A reply whose body stops half-way with an error (the connection dropped while reading). */
function brokenBody(text: string, response: Response): Response {
  const half = new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2)));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(half);
      controller.error(new TypeError('terminated (injected: connection dropped)'));
    },
  });
  return new Response(stream, { status: response.status, headers: response.headers });
}

export function faultyFetch(base: FetchLike) {
  const planned = new Map<number, FaultMode>();
  const matchers: { match: (request: SentRequest) => boolean; mode: FaultMode }[] = [];
  const sent: SentRequest[] = [];
  let count = 0;
  let fired = 0;

  async function faulty(input: string, init: RequestInit): Promise<Response> {
    count += 1;
    const request: SentRequest = {
      method: init.method ?? 'GET',
      url: input,
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    const matcher = matchers.findIndex((m) => m.match(request));
    const mode =
      planned.get(count) ?? (matcher >= 0 ? matchers.splice(matcher, 1)[0]?.mode : undefined);
    planned.delete(count);
    if (mode) fired += 1;
    if (mode === 'beforeRequest') throw new TypeError('fetch failed (injected: not sent)');
    sent.push(request);
    const response = await base(input, init);
    if (mode === 'replyLost') {
      await response.arrayBuffer();
      throw new TypeError('fetch failed (injected: reply lost)');
    }
    if (mode === 'brokenBody') return brokenBody(await response.text(), response);
    return response;
  }

  return {
    fetch: faulty as FetchLike,
    /** Requests that reached the server (in order). */
    sent,
    /** Fail the n-th request from now on (1 = the next one). */
    failRequest(n: number, mode: FaultMode) {
      planned.set(count + n, mode);
    },
    /** Fail the next request that matches. */
    failNext(mode: FaultMode, match: (request: SentRequest) => boolean) {
      matchers.push({ match, mode });
    },
    /** How many planned faults have happened so far. */
    fired: () => fired,
    /** Forget faults that did not happen. */
    reset() {
      planned.clear();
      matchers.length = 0;
    },
  };
}
