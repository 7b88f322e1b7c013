// The on-disk mode: data, the generated admin password and sessions survive a restart, and the
// start-up provisioning of an already provisioned server changes nothing.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PARTNERSHIP_ID } from '../../server/couch/demo.mjs';
import { databaseName } from '../../server/couch/naming.mjs';
import { CouchSession, DEMO_PASSWORD, record, startTestServer, tmpRoot } from './couchTestServer';

const dataDir = path.join(tmpRoot, `restart-${process.pid}-${Date.now()}`);
const DB = databaseName(DEMO_PARTNERSHIP_ID);
const id = 'measure:01JRESTART0000000000000001';

beforeAll(() => {
  // The admin password must be generated here, whatever the environment says.
  vi.stubEnv('KLIMAPARTNER_ADMIN', '');
  vi.stubEnv('KLIMAPARTNER_ADMIN_PASSWORD', '');
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('on-disk data', () => {
  it('survives a restart', async () => {
    mkdirSync(tmpRoot, { recursive: true });
    // On disk, with the admin password generated (not given).
    const first = await startTestServer({ inMemory: false, dataDir, adminPassword: null });
    let cookie: string | undefined;
    let adminPassword: string;
    try {
      expect(first.couch.adminPasswordGenerated).toBe(true);
      expect(first.couch.provisioning?.changed).toBe(true);
      adminPassword = first.couch.admin.password;
      const adminFile = path.join(dataDir, 'admin.json');
      expect(statSync(adminFile).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(adminFile, 'utf8'))).toMatchObject({
        name: 'admin',
        password: adminPassword,
      });
      expect(existsSync(path.join(dataDir, 'db', DB))).toBe(true);
      // express-pouchdb's files stay inside the data folder.
      expect(existsSync(path.join(dataDir, 'log.txt'))).toBe(true);

      const expert = new CouchSession(first.couchUrl);
      expect((await expert.login('expert', DEMO_PASSWORD)).status).toBe(200);
      cookie = expert.cookie;
      const put = await expert.request(
        'PUT',
        `/${DB}/${id}`,
        record('measure', id, DEMO_PARTNERSHIP_ID, 'expert', { title: 'Kept' }),
      );
      expect(put.status).toBe(201);
    } finally {
      await first.close();
    }

    const second = await startTestServer({ inMemory: false, dataDir, adminPassword: null });
    try {
      expect(second.couch.adminPasswordGenerated).toBe(false);
      expect(second.couch.admin.password).toBe(adminPassword);
      // Provisioning on every start, idempotently: nothing to do the second time.
      expect(second.couch.provisioning?.changed).toBe(false);
      expect(second.couch.provisioning?.changes.every((c) => c.action === 'unchanged')).toBe(true);

      // The session from before the restart still works (the cookie secret is kept).
      const expert = new CouchSession(second.couchUrl);
      expert.cookie = cookie;
      const me = await expert.request('GET', '/_session');
      expect(me.body.userCtx.name).toBe('expert');
      const get = await expert.request('GET', `/${DB}/${id}`);
      expect(get.status).toBe(200);
      expect(get.body.title).toBe('Kept');
    } finally {
      await second.close();
    }
  });
});
