// The partnership directory (kp-directory): provisioning lists every partnership in it,
// coordinators read it, members of a partnership cannot, and only server admins write it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNERSHIP_ID } from '../../server/couch/demo.mjs';
import { databaseName } from '../../server/couch/naming.mjs';
import {
  couchClient,
  DIRECTORY_DB,
  directorySecurity,
  provisionPartnership,
} from '../../server/couch/provisioning.mjs';
import {
  ADMIN,
  CouchSession,
  DEMO_PASSWORD,
  startTestServer,
  type TestServer,
} from './couchTestServer';

const SECOND = 'partnership:01JDRCTRY00000000000000002';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function admin() {
  return couchClient({ url: server.couchUrl, name: ADMIN.name, password: ADMIN.password });
}

async function signedIn(name: string): Promise<CouchSession> {
  const session = new CouchSession(server.couchUrl);
  expect((await session.login(name, DEMO_PASSWORD)).status).toBe(200);
  return session;
}

describe('partnership directory', () => {
  it('lists the demo partnership after start-up, readable by the coordinator', async () => {
    const coordinator = await signedIn('coordinator');
    const listed = await coordinator.request('GET', `/${DIRECTORY_DB}/_all_docs?include_docs=true`);
    expect(listed.status).toBe(200);
    const docs = listed.body.rows
      .filter((row: { id: string }) => !row.id.startsWith('_design/'))
      .map((row: { doc: Record<string, unknown> }) => row.doc);
    expect(docs).toEqual([
      expect.objectContaining({
        _id: DEMO_PARTNERSHIP_ID,
        databaseName: databaseName(DEMO_PARTNERSHIP_ID),
      }),
    ]);
    expect((await admin().request('GET', `/${DIRECTORY_DB}/_security`)).body).toEqual(
      directorySecurity(),
    );
  });

  it('adds a newly provisioned partnership once; a second run reports it unchanged', async () => {
    const first = await provisionPartnership(admin(), { partnershipId: SECOND });
    expect(first.changes).toContainEqual(
      expect.objectContaining({ kind: 'directory', name: SECOND, action: 'created' }),
    );
    const second = await provisionPartnership(admin(), { partnershipId: SECOND });
    expect(second.changed).toBe(false);
    expect(second.changes).toContainEqual({ kind: 'directory', name: SECOND, action: 'unchanged' });

    const coordinator = await signedIn('coordinator');
    const listed = await coordinator.request('GET', `/${DIRECTORY_DB}/_all_docs`);
    expect(listed.body.rows.map((row: { id: string }) => row.id)).toEqual(
      expect.arrayContaining([DEMO_PARTNERSHIP_ID, SECOND]),
    );
  });

  it('is closed to members of a partnership and to anonymous requests', async () => {
    const expert = await signedIn('expert');
    expect((await expert.request('GET', `/${DIRECTORY_DB}/_all_docs`)).status).toBe(403);
    const anonymous = new CouchSession(server.couchUrl);
    expect((await anonymous.request('GET', `/${DIRECTORY_DB}/_all_docs`)).status).toBe(401);
  });

  it('refuses writes by coordinators: only server admins change it', async () => {
    const coordinator = await signedIn('coordinator');
    const id = encodeURIComponent('partnership:01JDRCTRY00000000000000003');
    const put = await coordinator.request('PUT', `/${DIRECTORY_DB}/${id}`, {
      databaseName: 'kp-01jdrctry00000000000000003',
    });
    expect(put.status).toBe(403);
    expect(put.body.reason).toMatch(/^admin_only:/);

    const demo = encodeURIComponent(DEMO_PARTNERSHIP_ID);
    const stored = (await coordinator.request('GET', `/${DIRECTORY_DB}/${demo}`)).body;
    const change = await coordinator.request('PUT', `/${DIRECTORY_DB}/${demo}`, {
      ...stored,
      databaseName: 'kp-elsewhere',
    });
    expect(change.status).toBe(403);
    const remove = await coordinator.request(
      'DELETE',
      `/${DIRECTORY_DB}/${demo}?rev=${encodeURIComponent(stored._rev)}`,
    );
    expect(remove.status).toBe(403);
  });
});
