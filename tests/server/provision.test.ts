// The provisioning CLI and functions against the embedded server over HTTP: idempotent (a second
// run changes nothing), users' roles added and kept, passwords set only when given and new.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designDocument } from '../../server/couch/designDoc.mjs';
import { databaseName, partnershipRole } from '../../server/couch/naming.mjs';
import {
  couchClient,
  ensureUser,
  provisionPartnership,
  securityFor,
} from '../../server/couch/provisioning.mjs';
import { parseUserSpec, run } from '../../server/provision.mjs';
import { ADMIN, CouchSession, root, startTestServer, type TestServer } from './couchTestServer';

const PID = 'partnership:01JPRVSN000000000000000001';
const DB = databaseName(PID);
const ROLE = partnershipRole(PID);

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

/** Runs the CLI in-process, collecting its output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const result = await run(args, {
    env: { KP_ADMIN_PW: ADMIN.password, ...env },
    log: (line) => lines.push(line),
  });
  return { ...result, output: lines.join('\n') };
}

describe('provisioning CLI', () => {
  it('creates a partnership database, _security, design document and users; a second run changes nothing', async () => {
    const args = [
      '--url',
      server.couchUrl,
      '--admin',
      ADMIN.name,
      '--password-env',
      'KP_ADMIN_PW',
      '--partnership',
      PID,
      '--user',
      'anna:$ANNA_PW:member,expert',
      '--user',
      'ben:ben-password:coordinator',
    ];
    const env = { ANNA_PW: 'anna-password' };
    const first = await cli(args, env);
    expect(first.changed).toBe(true);
    expect(first.output).toMatch(new RegExp(`created\\s+database\\s+${DB}`));
    expect(first.output).toMatch(/created\s+user\s+anna/);

    const second = await cli(args, env);
    expect(second.changed).toBe(false);
    expect(second.output).toContain('No changes: everything was up to date.');
    expect(second.output).not.toMatch(/^\s*(created|updated)/m);

    const client = admin();
    expect((await client.request('GET', `/${DB}/_security`)).body).toEqual(securityFor(PID));
    const ddoc = (await client.request('GET', `/${DB}/_design/klimapartner`)).body;
    expect(ddoc.validate_doc_update).toBe(designDocument(PID).validate_doc_update);
    const anna = (await client.request('GET', '/_users/org.couchdb.user:anna')).body;
    expect(anna.roles).toEqual([ROLE, 'expert']);

    // The users can sign in and anna reaches the database.
    const session = new CouchSession(server.couchUrl);
    expect((await session.login('anna', 'anna-password')).status).toBe(200);
    expect((await session.request('GET', `/${DB}`)).status).toBe(200);
    expect((await new CouchSession(server.couchUrl).login('ben', 'ben-password')).status).toBe(200);
  });

  it('works as a command (npm run provision) with the password from the environment', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        path.join(root, 'server', 'provision.mjs'),
        '--url',
        server.couchUrl,
        '--admin',
        ADMIN.name,
        '--password-env',
        'KP_ADMIN_PW',
        '--partnership',
        PID,
      ],
      { env: { ...process.env, KP_ADMIN_PW: ADMIN.password }, timeout: 20_000 },
    );
    expect(stdout).toContain(`database ${DB}`);
    expect(stdout).toContain('No changes');
  });

  it('refuses a wrong admin password', async () => {
    await expect(
      cli(['--url', server.couchUrl, '--password-env', 'KP_ADMIN_PW', '--partnership', PID], {
        KP_ADMIN_PW: 'wrong',
      }),
    ).rejects.toThrow(/not a server admin/);
  });
});

describe('provisioning functions', () => {
  it('update only what differs: a changed design document, missing roles, a new password', async () => {
    const client = admin();
    // Somebody changed the design document and the _security by hand.
    const ddoc = (await client.request('GET', `/${DB}/_design/klimapartner`)).body;
    await client.request('PUT', `/${DB}/_design/klimapartner`, {
      ...ddoc,
      validate_doc_update: 'function () {}',
      views: { extra: { map: 'function (doc) { emit(doc._id); }' } },
    });
    await client.request('PUT', `/${DB}/_security`, {
      admins: { names: [], roles: ['_admin'] },
      members: { names: ['guest'], roles: [] },
    });

    const report = await provisionPartnership(client, { partnershipId: PID });
    expect(report.changes.map((c) => [c.kind, c.action])).toEqual([
      ['database', 'unchanged'],
      ['security', 'updated'],
      ['design', 'updated'],
      ['directory', 'unchanged'],
    ]);
    const fixed = (await client.request('GET', `/${DB}/_design/klimapartner`)).body;
    expect(fixed.validate_doc_update).toBe(designDocument(PID).validate_doc_update);
    expect(fixed.views).toBeDefined(); // other fields kept
    const security = (await client.request('GET', `/${DB}/_security`)).body;
    expect(security.members).toEqual({ names: ['guest'], roles: [ROLE, 'coordinator'] });

    const again = await provisionPartnership(client, { partnershipId: PID });
    expect(again.changed).toBe(false);
  });

  it('users: roles are added, never removed; the password only changes when a new one is given', async () => {
    const client = admin();
    expect(
      (await ensureUser(client, { name: 'carla', roles: ['partner'], password: 'one' })).action,
    ).toBe('created');
    expect((await ensureUser(client, { name: 'carla', roles: [ROLE] })).action).toBe('updated');
    expect(
      (await ensureUser(client, { name: 'carla', roles: ['partner'], password: 'one' })).action,
    ).toBe('unchanged');
    const stored = (await client.request('GET', '/_users/org.couchdb.user:carla')).body;
    expect(stored.roles).toEqual(['partner', ROLE]);
    expect((await new CouchSession(server.couchUrl).login('carla', 'one')).status).toBe(200);

    const changed = await ensureUser(client, { name: 'carla', roles: [], password: 'two' });
    expect(changed).toMatchObject({ action: 'updated', detail: 'new password' });
    expect((await new CouchSession(server.couchUrl).login('carla', 'one')).status).toBe(401);
    expect((await new CouchSession(server.couchUrl).login('carla', 'two')).status).toBe(200);

    await expect(ensureUser(client, { name: 'nobody', roles: [] })).rejects.toThrow(/password/);
  });

  it('parses --user specs', () => {
    const env = { PW: 'from-env' };
    expect(parseUserSpec('anna', [PID], env)).toEqual({
      name: 'anna',
      password: undefined,
      roles: [],
    });
    expect(parseUserSpec('anna:secret', [PID], env)).toEqual({
      name: 'anna',
      password: 'secret',
      roles: [],
    });
    expect(parseUserSpec('anna::member,expert', [PID], env)).toEqual({
      name: 'anna',
      password: undefined,
      roles: [ROLE, 'expert'],
    });
    expect(parseUserSpec('anna:a:b:c:coordinator', [], env)).toEqual({
      name: 'anna',
      password: 'a:b:c',
      roles: ['coordinator'],
    });
    expect(parseUserSpec('anna:$PW:partner', [], env).password).toBe('from-env');
    expect(() => parseUserSpec('anna:$MISSING:partner', [], env)).toThrow(/MISSING/);
    expect(() => parseUserSpec('anna::member', [], env)).toThrow(/--partnership/);
    expect(() => parseUserSpec('anna::_admin', [PID], env)).toThrow(/reserved/);
    expect(() => parseUserSpec('_x', [PID], env)).toThrow(/invalid user name/);
  });
});
