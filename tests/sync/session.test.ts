// The account on a device against the embedded server: sign-in with `_session`, the last known
// user kept for offline use (never the password), 401 → expired without touching unsynced work,
// sign-out, and sync of exactly the partnerships the user's roles (or the directory) give.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordRepository, KlimapartnerDb, readMeta } from '../../src/db';
import { getAccount, setAccount } from '../../src/sync/accountStore';
import { createCouchClient, type FetchLike } from '../../src/sync/couchClient';
import { databaseName, partnershipRole } from '../../src/sync/naming';
import {
  fetchDirectory,
  memberPartnershipIds,
  readDirectory,
  refreshDirectory,
} from '../../src/sync/partnershipAccess';
import {
  checkSession,
  countUnsynced,
  loadAccount,
  readSession,
  SESSION_META_KEY,
  signIn,
  signOut,
  wipeDevice,
} from '../../src/sync/session';
import { runSync } from '../../src/sync/syncRun';
import { DEMO_PASSWORD } from '../server/couchTestServer';
import { minimalFields } from '../helpers/fixtures';
import { cookieJarFetch, type CookieJarFetch } from './helpers/cookieFetch';
import { couchUrl, DEMO_PID, newPartnership } from './helpers/devices';

let count = 0;
let databases: KlimapartnerDb[] = [];

/** A device that has not signed in yet: its own database and cookie jar. */
async function freshDevice(fetchImpl?: FetchLike) {
  count += 1;
  const db = new KlimapartnerDb(`session-${count}-${Date.now()}`);
  await db.open();
  databases.push(db);
  const jar: CookieJarFetch = cookieJarFetch(fetchImpl);
  const client = createCouchClient({ baseUrl: couchUrl(), fetch: jar.fetch });
  return { db, jar, client, repo: createRecordRepository(db) };
}

const offlineFetch: FetchLike = async () => {
  throw new TypeError('fetch failed (offline)');
};

beforeEach(() => {
  setAccount(null);
  databases = [];
});

afterEach(async () => {
  for (const db of databases) if (db.isOpen()) db.close();
});

describe('sign-in', () => {
  it('signs in with name and password and remembers the user and roles, never the password', async () => {
    const device = await freshDevice();
    const result = await signIn(device, 'expert', DEMO_PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { name: 'expert' } });
    expect(device.jar.cookie()).toMatch(/^AuthSession=/);

    const stored = await readSession(device.db);
    expect(stored).toMatchObject({ user: { name: 'expert' }, expired: false });
    expect(stored?.user.roles).toContain(partnershipRole(DEMO_PID));
    expect(JSON.stringify(await device.db.meta.toArray())).not.toContain(DEMO_PASSWORD);
    expect(getAccount()).toMatchObject({ user: { name: 'expert' }, expired: false });
  });

  it('says "wrong password" for a wrong password and remembers nobody', async () => {
    const device = await freshDevice();
    expect(await signIn(device, 'expert', 'not-the-password')).toEqual({
      ok: false,
      problem: 'wrongCredentials',
    });
    expect(await readSession(device.db)).toBeNull();
  });

  it('says "offline" when the server cannot be reached', async () => {
    const device = await freshDevice(offlineFetch);
    expect(await signIn(device, 'expert', DEMO_PASSWORD)).toEqual({
      ok: false,
      problem: 'offline',
    });
  });
});

describe('offline and expired sessions', () => {
  it('starts offline with the last known user and keeps the changes for later', async () => {
    const online = await freshDevice();
    await signIn(online, 'partner', DEMO_PASSWORD);
    online.db.close();

    // The app starts again without a network: same database, a client that gets no reply.
    const db = new KlimapartnerDb(online.db.name);
    databases.push(db);
    const client = createCouchClient({ baseUrl: couchUrl(), fetch: offlineFetch });
    setAccount(null);
    const stored = await loadAccount(db);
    expect(stored?.user.name).toBe('partner');
    expect(getAccount().user?.name).toBe('partner');

    const report = await runSync({ db, client });
    expect(report?.errors).toEqual([expect.objectContaining({ code: 'offline' })]);
    expect(await readSession(db)).toMatchObject({ user: { name: 'partner' }, expired: false });
  });

  it('marks the session expired on a 401, keeps unsynced work, and syncs it after a new sign-in', async () => {
    const device = await freshDevice();
    await signIn(device, 'expert', DEMO_PASSWORD);
    const saved = await device.repo.saveRecord({
      type: 'measure',
      partnershipId: DEMO_PID,
      fields: minimalFields('measure', { title: 'Trinkbrunnen am Markt' }),
      user: 'expert',
      lang: 'de',
    });
    if (!saved.ok) throw new Error('not saved');

    device.jar.clear(); // the cookie ran out
    expect(await checkSession(device)).toEqual({
      status: 'expired',
      user: expect.objectContaining({ name: 'expert' }),
    });
    expect(await readSession(device.db)).toMatchObject({ expired: true });
    expect(getAccount().expired).toBe(true);
    expect((await runSync(device))?.errors).toEqual([{ code: 'unauthorized' }]);
    const waiting = await device.repo.getRecord(saved.value.id);
    expect(waiting).toMatchObject({ ok: true, sync: { pending: true } });

    expect((await signIn(device, 'expert', DEMO_PASSWORD)).ok).toBe(true);
    expect(getAccount().expired).toBe(false);
    const report = await runSync(device);
    expect(report?.errors).toEqual([]);
    expect(await device.repo.getRecord(saved.value.id)).toMatchObject({
      sync: { pending: false, synced: true },
    });
  });

  it('also expires when the replicator meets a 401 during a sync', async () => {
    const device = await freshDevice();
    await signIn(device, 'expert', DEMO_PASSWORD);
    // The session check still passes; the cookie is lost right after it.
    let calls = 0;
    const client = createCouchClient({
      baseUrl: couchUrl(),
      fetch: async (input, init) => {
        calls += 1;
        if (calls === 2) device.jar.clear();
        return device.jar.fetch(input, init);
      },
    });
    const report = await runSync({ db: device.db, client });
    expect(report?.errors.map((error) => error.code)).toContain('unauthorized');
    expect(await readSession(device.db)).toMatchObject({ expired: true });
  });
});

describe('sign-out', () => {
  it('ends the server session and forgets the user; the records stay unless wiped', async () => {
    const device = await freshDevice();
    await signIn(device, 'expert', DEMO_PASSWORD);
    await device.repo.saveRecord({
      type: 'measure',
      partnershipId: DEMO_PID,
      fields: minimalFields('measure'),
      user: 'expert',
      lang: 'de',
    });
    await device.db.drafts.put({
      key: 'measure:new',
      route: '/',
      values: {},
      focus: null,
      updatedAt: new Date().toISOString(),
    });
    expect(await countUnsynced(device.db)).toEqual({ records: 1, drafts: 1 });

    await signOut(device);
    expect(await device.client.getSession()).toEqual({ name: null, roles: [] });
    expect(await readMeta(SESSION_META_KEY, device.db)).toBeUndefined();
    expect(getAccount().user).toBeNull();
    expect(await device.repo.countPending()).toBe(1);
    expect(await runSync(device)).toBeNull();

    const storage = new Map([['klimapartner.session', '{}']]);
    const fakeStorage = { clear: () => storage.clear() } as Storage;
    await wipeDevice(device.db, fakeStorage);
    expect(storage.size).toBe(0);
    const names = await indexedDB.databases();
    expect(names.map((entry) => entry.name)).not.toContain(device.db.name);
  });
});

describe('partnerships of the user', () => {
  it('a member syncs the partnerships of its roles and nothing else', async () => {
    const own = await newPartnership(['partner']);
    const foreign = await newPartnership([]); // somebody else's
    const device = await freshDevice();
    await signIn(device, 'partner', DEMO_PASSWORD);
    const report = await runSync(device);
    expect(report?.errors).toEqual([]);

    const roles = (await readSession(device.db))?.user.roles ?? [];
    const synced = (await device.db.checkpoints.toArray()).map((row) => row.key.split('|')[1]);
    expect(synced.sort()).toEqual(memberPartnershipIds(roles).map(databaseName).sort());
    expect(synced).toContain(databaseName(DEMO_PID));
    expect(synced).toContain(databaseName(own));
    expect(synced).not.toContain(databaseName(foreign));
  });

  it('a coordinator reads the directory and syncs every partnership in it', async () => {
    const other = await newPartnership([]);
    const device = await freshDevice();
    await signIn(device, 'coordinator', DEMO_PASSWORD);
    const directory = await fetchDirectory(device.client);
    expect(directory).toEqual(expect.arrayContaining([DEMO_PID, other]));

    const report = await runSync(device);
    expect(report?.errors).toEqual([]);
    expect(await readDirectory(device.db)).toEqual(directory);
    expect(await device.db.checkpoints.count()).toBe(directory.length);
  });

  it('a member cannot read the directory; the one kept on the device is used', async () => {
    const device = await freshDevice();
    await signIn(device, 'expert', DEMO_PASSWORD);
    await expect(fetchDirectory(device.client)).rejects.toMatchObject({ status: 403 });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await refreshDirectory(device.db, device.client)).toEqual([]);
    } finally {
      console.warn = warn;
    }
  });
});
