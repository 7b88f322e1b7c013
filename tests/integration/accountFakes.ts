// A stand-in for the CouchDB server where the network itself is under test (jsdom keeps no
// cookies across origins, so the screens cannot reach the embedded server): `_session` with
// accounts, empty `_changes`, `_bulk_docs` that accepts everything, documents by id, and switches
// for "offline", "session expired" and "server broken". Plus helpers to set up the device.
import { db, writeMeta } from '../../src/db';
import { setAccount, type SessionUser } from '../../src/sync/accountStore';
import { setAppClient } from '../../src/sync/appSync';
import { createCouchClient, type FetchLike } from '../../src/sync/couchClient';
import { loadAccount, SESSION_META_KEY } from '../../src/sync/session';

export const EXPERT: SessionUser = {
  name: 'expert',
  roles: ['p-01JDEM01000000000000000001', 'expert'],
};

export interface FakeCouch {
  fetch: FetchLike;
  requests: { method: string; path: string; body: unknown }[];
  /** No reply at all. */
  offline: boolean;
  /** Every request fails with this HTTP status (e.g. 500), when set. */
  brokenStatus: number | null;
  /** The signed-in user as the server sees it (null: the session has expired). */
  sessionUser: string | null;
  /** Documents by database and id. */
  docs: Map<string, Record<string, unknown>>;
}

const reply = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

export function fakeCouch(
  accounts: Record<string, { password: string; roles: string[] }> = {
    expert: { password: 'secret', roles: EXPERT.roles },
  },
): FakeCouch {
  const couch: FakeCouch = {
    requests: [],
    offline: false,
    brokenStatus: null,
    sessionUser: null,
    docs: new Map(),
    async fetch(input, init) {
      if (couch.offline) throw new TypeError('Failed to fetch');
      const method = init.method ?? 'GET';
      const url = new URL(input, 'http://app.test');
      const path = url.pathname.replace(/^\/couch/, '');
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      couch.requests.push({ method, path, body });
      if (couch.brokenStatus !== null) {
        return new Response('<html>Bad gateway</html>', { status: couch.brokenStatus });
      }
      if (path === '/_session') {
        if (method === 'POST') {
          const { name, password } = body as { name: string; password: string };
          const account = accounts[name];
          if (!account || account.password !== password) {
            return reply(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
          }
          couch.sessionUser = name;
          return reply(200, { ok: true, name, roles: account.roles });
        }
        if (method === 'DELETE') {
          couch.sessionUser = null;
          return reply(200, { ok: true });
        }
        const name = couch.sessionUser;
        const roles = name ? (accounts[name]?.roles ?? []) : [];
        return reply(200, { ok: true, userCtx: { name, roles } });
      }
      if (couch.sessionUser === null) {
        return reply(401, { error: 'unauthorized', reason: 'You are not authorized.' });
      }
      const [, database = '', ...rest] = path.split('/');
      const id = decodeURIComponent(rest.join('/'));
      if (id === '_changes') return reply(200, { results: [], last_seq: '0' });
      if (id === '_bulk_docs') {
        const docs = (body as { docs: { _id: string }[] }).docs;
        return reply(
          201,
          docs.map((doc) => ({ id: doc._id, ok: true, rev: `1-${doc._id.length}` })),
        );
      }
      const doc = couch.docs.get(`${database}/${id}`);
      return doc ? reply(200, doc) : reply(404, { error: 'not_found', reason: 'missing' });
    },
  };
  return couch;
}

/** Make the app talk to the fake server. */
export function connectFakeCouch(couch: FakeCouch): void {
  setAppClient(createCouchClient({ fetch: couch.fetch }));
}

/** As if `user` had signed in on this device earlier (optionally expired since). */
export async function signedInBefore(user: SessionUser = EXPERT, expired = false): Promise<void> {
  await writeMeta(SESSION_META_KEY, { user, expired, signedInAt: '2025-03-01T08:00:00.000Z' }, db);
  await loadAccount(db);
}

/** Nobody signed in, in the store too (the database is cleared before each test). */
export function signedOut(): void {
  setAccount(null);
}
