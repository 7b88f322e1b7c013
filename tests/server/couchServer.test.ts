// The embedded CouchDB-compatible server through its HTTP API under /couch/, with cookies as a
// browser on the same origin: admin party off, _session, _security, validate_doc_update.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNERSHIP_ID } from '../../server/couch/demo.mjs';
import { databaseName, partnershipRole } from '../../server/couch/naming.mjs';
import { couchClient, provisionPartnership } from '../../server/couch/provisioning.mjs';
import {
  ADMIN,
  CouchSession,
  DEMO_PASSWORD,
  record,
  startTestServer,
  type TestServer,
} from './couchTestServer';

const DEMO_DB = databaseName(DEMO_PARTNERSHIP_ID);
const SECOND_PID = 'partnership:01JSECNDA00000000000000000';
const SECOND_DB = databaseName(SECOND_PID);

let server: TestServer;
const measureId = 'measure:01JTEST5000000000000000001';

beforeAll(async () => {
  server = await startTestServer();
  // A second partnership with a member of its own.
  await provisionPartnership(
    couchClient({ url: server.couchUrl, name: ADMIN.name, password: ADMIN.password }),
    {
      partnershipId: SECOND_PID,
      users: [{ name: 'second', roles: [partnershipRole(SECOND_PID)], password: 'second-pw' }],
    },
  );
});

afterAll(async () => {
  await server?.close();
});

function anonymous(): CouchSession {
  return new CouchSession(server.couchUrl);
}

async function signedIn(name: string): Promise<CouchSession> {
  const session = new CouchSession(server.couchUrl);
  const reply = await session.login(name, name === 'second' ? 'second-pw' : DEMO_PASSWORD);
  expect(reply.status, `login ${name}`).toBe(200);
  return session;
}

describe('start-up provisioning', () => {
  it('provisioned the demo database, its _security and design document, and the accounts', async () => {
    expect(server.couch.provisioning?.changed).toBe(true);
    const admin = new CouchSession(server.couchUrl, ADMIN);
    const security = await admin.request('GET', `/${DEMO_DB}/_security`);
    expect(security.body).toEqual({
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [partnershipRole(DEMO_PARTNERSHIP_ID), 'coordinator'] },
    });
    const ddoc = await admin.request('GET', `/${DEMO_DB}/_design/klimapartner`);
    expect(ddoc.body.partnershipId).toBe(DEMO_PARTNERSHIP_ID);
    expect(ddoc.body.validate_doc_update).toContain(DEMO_PARTNERSHIP_ID);
    const users = await admin.request('GET', '/_users/org.couchdb.user:coordinator');
    expect(users.body.roles).toEqual(['coordinator']);
  });
});

describe('admin party is off', () => {
  it('anonymous requests cannot read the demo database (401)', async () => {
    const client = anonymous();
    for (const path of [`/${DEMO_DB}`, `/${DEMO_DB}/_all_docs`, `/${DEMO_DB}/_changes`]) {
      const reply = await client.request('GET', path);
      expect(reply.status, path).toBe(401);
      expect(reply.body.error).toBe('unauthorized');
    }
    const write = await client.request('POST', `/${DEMO_DB}/_bulk_docs`, { docs: [{ _id: 'x' }] });
    expect(write.status).toBe(401);
  });

  it('anonymous requests cannot create or delete databases, nor list them', async () => {
    const client = anonymous();
    expect((await client.request('PUT', '/anything')).status).toBe(401);
    expect((await client.request('DELETE', `/${DEMO_DB}`)).status).toBe(401);
    expect((await client.request('GET', '/_all_dbs')).status).toBe(401);
    expect((await client.request('GET', '/_config')).status).toBe(401);
    const admin = new CouchSession(server.couchUrl, ADMIN);
    const dbs = await admin.request('GET', '/_all_dbs');
    expect(dbs.body).not.toContain('anything');
    expect(dbs.body).toContain(DEMO_DB);
  });

  it('anonymous requests cannot read users or sign up', async () => {
    const client = anonymous();
    expect((await client.request('GET', '/_users/org.couchdb.user:expert')).status).toBe(401);
    expect((await client.request('GET', '/_users/_all_docs')).status).toBe(401);
    const signUp = await client.request('PUT', '/_users/org.couchdb.user:mallory', {
      name: 'mallory',
      type: 'user',
      roles: [],
      password: 'x',
    });
    expect(signUp.status).toBe(401);
  });

  it('the session is anonymous without a cookie', async () => {
    const reply = await anonymous().request('GET', '/_session');
    expect(reply.status).toBe(200);
    expect(reply.body.userCtx).toEqual({ name: null, roles: [] });
  });

  it('answers JSON with the security headers of the app', async () => {
    const reply = await anonymous().request('GET', `/${DEMO_DB}`);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('x-powered-by')).toBeNull();
  });
});

describe('sessions', () => {
  it('POST /couch/_session sets a first-party HttpOnly cookie for the whole origin', async () => {
    const session = new CouchSession(server.couchUrl);
    const reply = await session.login('expert', DEMO_PASSWORD);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, name: 'expert' });
    expect(reply.body.roles).toEqual([partnershipRole(DEMO_PARTNERSHIP_ID), 'expert']);
    const setCookie = reply.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/AuthSession=[^;]+;/);
    expect(setCookie).toMatch(/Path=\/(;|$)/m);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const me = await session.request('GET', '/_session');
    expect(me.body.userCtx).toEqual({ name: 'expert', roles: reply.body.roles });
  });

  it('a wrong password gets 401 and no cookie', async () => {
    const session = new CouchSession(server.couchUrl);
    const reply = await session.login('expert', 'wrong');
    expect(reply.status).toBe(401);
    expect(session.cookie).toBeUndefined();
  });

  it('DELETE /couch/_session ends the session', async () => {
    const session = await signedIn('partner');
    expect((await session.request('DELETE', '/_session')).status).toBe(200);
    expect(session.cookie).toBeUndefined();
    expect((await session.request('GET', `/${DEMO_DB}`)).status).toBe(401);
  });

  it('a signed-in user reads their own user document, not others', async () => {
    const session = await signedIn('expert');
    expect((await session.request('GET', '/_users/org.couchdb.user:expert')).status).toBe(200);
    expect((await session.request('GET', '/_users/org.couchdb.user:partner')).status).toBe(403);
    expect((await session.request('GET', '/_users/_all_docs')).status).toBe(403);
  });
});

describe('the demo partnership database', () => {
  it('expert can write and read records', async () => {
    const expert = await signedIn('expert');
    const put = await expert.request(
      'PUT',
      `/${DEMO_DB}/${measureId}`,
      record('measure', measureId, DEMO_PARTNERSHIP_ID, 'expert', { title: 'Solar' }),
    );
    expect(put.status).toBe(201);
    const get = await expert.request('GET', `/${DEMO_DB}/${measureId}`);
    expect(get.status).toBe(200);
    expect(get.body.title).toBe('Solar');
    const changes = await expert.request('GET', `/${DEMO_DB}/_changes?include_docs=true`);
    expect(changes.body.results.map((r: { id: string }) => r.id)).toContain(measureId);
  });

  it('rejects a write with another user as updatedBy: 403 wrong_author', async () => {
    const expert = await signedIn('expert');
    const id = 'measure:01JTEST5000000000000000002';
    const reply = await expert.request(
      'PUT',
      `/${DEMO_DB}/${id}`,
      record('measure', id, DEMO_PARTNERSHIP_ID, 'expert', { updatedBy: 'partner' }),
    );
    expect(reply.status).toBe(403);
    expect(reply.body.error).toBe('forbidden');
    expect(reply.body.reason).toMatch(/^wrong_author: /);
  });

  it('rejects a document of an unknown type: 403 invalid_type', async () => {
    const expert = await signedIn('expert');
    const id = 'note:01JTEST5000000000000000003';
    const reply = await expert.request(
      'PUT',
      `/${DEMO_DB}/${id}`,
      record('note', id, DEMO_PARTNERSHIP_ID, 'expert'),
    );
    expect(reply.status).toBe(403);
    expect(reply.body.reason).toMatch(/^invalid_type: /);
  });

  it("rejects a document with another partnership's id: 403 wrong_partnership", async () => {
    const expert = await signedIn('expert');
    const id = 'measure:01JTEST5000000000000000004';
    const reply = await expert.request(
      'PUT',
      `/${DEMO_DB}/${id}`,
      record('measure', id, SECOND_PID, 'expert'),
    );
    expect(reply.status).toBe(403);
    expect(reply.body.reason).toMatch(/^wrong_partnership: /);
  });

  it('reports rejections per document in _bulk_docs, as CouchDB does', async () => {
    const expert = await signedIn('expert');
    const good = 'measure:01JTEST5000000000000000005';
    const bad = 'measure:01JTEST5000000000000000006';
    const reply = await expert.request('POST', `/${DEMO_DB}/_bulk_docs`, {
      docs: [
        record('measure', good, DEMO_PARTNERSHIP_ID, 'expert'),
        record('measure', bad, DEMO_PARTNERSHIP_ID, 'partner'),
      ],
    });
    expect(reply.status).toBe(201);
    expect(reply.body[0]).toMatchObject({ ok: true, id: good });
    expect(reply.body[1]).toMatchObject({ id: bad, error: 'forbidden' });
    expect(reply.body[1].reason).toMatch(/^wrong_author: /);
  });

  it('partner may not change the review state (review_not_allowed), coordinator may', async () => {
    const partner = await signedIn('partner');
    const stored = (await partner.request('GET', `/${DEMO_DB}/${measureId}`)).body;
    const byPartner = await partner.request('PUT', `/${DEMO_DB}/${measureId}`, {
      ...stored,
      updatedBy: 'partner',
      reviewState: 'approved',
    });
    expect(byPartner.status).toBe(403);
    expect(byPartner.body.reason).toMatch(/^review_not_allowed: /);

    // An ordinary edit by the partner is fine.
    const edit = await partner.request('PUT', `/${DEMO_DB}/${measureId}`, {
      ...stored,
      updatedBy: 'partner',
      title: 'Solar for the health centre',
    });
    expect(edit.status).toBe(201);

    const coordinator = await signedIn('coordinator');
    const current = (await coordinator.request('GET', `/${DEMO_DB}/${measureId}`)).body;
    const approve = await coordinator.request('PUT', `/${DEMO_DB}/${measureId}`, {
      ...current,
      updatedBy: 'coordinator',
      reviewState: 'approved',
    });
    expect(approve.status).toBe(201);
  });

  it('members may not write the _local/_security document in any way', async () => {
    const expert = await signedIn('expert');
    const stored = (await expert.request('GET', `/${DEMO_DB}/_local/_security`)).body;
    const takeOver = {
      ...stored,
      security: { admins: { names: ['expert'] }, members: { names: ['expert'] } },
    };
    const attempts = [
      await expert.request('PUT', `/${DEMO_DB}/_local/_security`, takeOver),
      await expert.request('PUT', `/${DEMO_DB}/_local%2F_security`, takeOver),
      await expert.request('DELETE', `/${DEMO_DB}/_local/_security?rev=${stored._rev}`),
      await expert.request('POST', `/${DEMO_DB}`, takeOver),
      await expert.request('POST', `/${DEMO_DB}/_bulk_docs`, { docs: [takeOver] }),
    ];
    expect(attempts.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403]);
    const admin = new CouchSession(server.couchUrl, ADMIN);
    expect((await admin.request('GET', `/${DEMO_DB}/_security`)).body.admins.names).toEqual([]);
    // Other local documents (replication checkpoints) stay writable.
    const checkpoint = await expert.request('PUT', `/${DEMO_DB}/_local/checkpoint-1`, { seq: 1 });
    expect(checkpoint.status).toBe(201);
  });

  it('members may not change _security or design documents', async () => {
    const expert = await signedIn('expert');
    const security = await expert.request('PUT', `/${DEMO_DB}/_security`, {
      members: { names: ['expert'] },
    });
    expect(security.status).toBe(403);
    const ddoc = await expert.request('PUT', `/${DEMO_DB}/_design/mine`, { views: {} });
    expect(ddoc.status).toBe(403);
  });
});

describe('a second partnership', () => {
  it('expert gets 403 on its database', async () => {
    const expert = await signedIn('expert');
    for (const path of [`/${SECOND_DB}`, `/${SECOND_DB}/_all_docs`, `/${SECOND_DB}/_changes`]) {
      const reply = await expert.request('GET', path);
      expect(reply.status, path).toBe(403);
      expect(reply.body.error).toBe('forbidden');
    }
    const id = 'measure:01JTEST5000000000000000007';
    const write = await expert.request(
      'PUT',
      `/${SECOND_DB}/${id}`,
      record('measure', id, SECOND_PID, 'expert'),
    );
    expect(write.status).toBe(403);
  });

  it('its own member and the coordinator get in', async () => {
    const second = await signedIn('second');
    expect((await second.request('GET', `/${SECOND_DB}`)).status).toBe(200);
    expect((await second.request('GET', `/${DEMO_DB}`)).status).toBe(403);
    const coordinator = await signedIn('coordinator');
    expect((await coordinator.request('GET', `/${SECOND_DB}/_all_docs`)).status).toBe(200);
    expect((await coordinator.request('GET', `/${DEMO_DB}/_all_docs`)).status).toBe(200);
  });
});

describe('own user document', () => {
  it('a user may change their password but not their roles', async () => {
    const second = await signedIn('second');
    const path = '/_users/org.couchdb.user:second';
    const own = (await second.request('GET', path)).body;
    const moreRoles = await second.request('PUT', path, {
      ...own,
      roles: [...own.roles, 'coordinator'],
    });
    expect(moreRoles.status).toBe(403);
    const newPassword = await second.request('PUT', path, { ...own, password: 'second-pw-2' });
    expect(newPassword.status).toBe(201);
    const again = new CouchSession(server.couchUrl);
    expect((await again.login('second', 'second-pw-2')).status).toBe(200);
    expect((await again.request('GET', '/_session')).body.userCtx.roles).toEqual([
      partnershipRole(SECOND_PID),
    ]);
  });
});
