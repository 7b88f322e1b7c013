// When the server says no to a whole database: an expired session (401) and a partnership the
// user is not a member of (403) are reported, and nothing waiting on the device is touched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain';
import { databaseName } from '../../src/sync/naming';
import { CouchSession, DEMO_PASSWORD } from '../server/couchTestServer';
import { createDevice, couchUrl, DEMO_PID, newPartnership, type Device } from './helpers/devices';

let expert: Device;

beforeEach(async () => {
  expert = await createDevice('expert');
});

afterEach(() => {
  expert.close();
});

async function pendingRows(device: Device) {
  return device.db.records.where('pending').equals(1).sortBy('id');
}

describe('an expired session', () => {
  it.each([
    ['the cookie is gone', (device: Device) => device.jar.clear()],
    [
      'the user signed out elsewhere (stale cookie)',
      (device: Device) => device.jar.set('AuthSession=ZXhwZXJ0OjAwMDAwMDAwOmZvcmdlZA'),
    ],
    ['the session was ended on the server', (device: Device) => device.client.signOut()],
  ])(
    'is reported as unauthorized and leaves pending records untouched (%s)',
    async (_how, expire) => {
      const measure = await expert.create('measure', DEMO_PID, { title: 'Noch nicht gesendet' });
      const before = await pendingRows(expert);
      await expire(expert);
      const report = await expert.sync([DEMO_PID]);
      expect(report.errors).toEqual([
        expect.objectContaining({ code: 'unauthorized', partnershipId: DEMO_PID }),
      ]);
      expect(report.pushed).toBe(0);
      expect(await pendingRows(expert)).toEqual(before);
      const loaded = await expert.repo.getRecord<Measure>(measure.id);
      expect(loaded?.ok && loaded.record.title).toBe('Noch nicht gesendet');

      // Signed in again, the same records go out.
      await expert.client.signIn('expert', DEMO_PASSWORD);
      const again = await expert.sync([DEMO_PID]);
      expect(again.errors).toEqual([]);
      expect(await expert.repo.countPending()).toBe(0);
    },
  );

  it('stops the whole sync: later partnerships are not tried', async () => {
    const other = await newPartnership(['expert']);
    expert.jar.clear();
    const report = await expert.sync([DEMO_PID, other]);
    expect(report.errors.map((e) => e.code)).toEqual(['unauthorized']);
  });
});

describe('a partnership the user is not a member of', () => {
  it('is refused by the server with 403 for the expert', async () => {
    const foreign = await newPartnership();
    const session = new CouchSession(couchUrl());
    expect((await session.login('expert', DEMO_PASSWORD)).status).toBe(200);
    for (const path of ['', '/_all_docs', '/_changes']) {
      const reply = await session.request('GET', `/${databaseName(foreign)}${path}`);
      expect(reply.status, path).toBe(403);
      expect(reply.body.error).toBe('forbidden');
    }
    const write = await session.request('POST', `/${databaseName(foreign)}/_bulk_docs`, {
      docs: [{ _id: 'measure:01JTEST5000000000000000009', type: 'measure' }],
    });
    expect(write.status).toBe(403);
  });

  it('is reported as forbidden, other partnerships still sync, and nothing local is lost', async () => {
    const foreign = await newPartnership();
    const mine = await expert.create('measure', DEMO_PID, { title: 'Meine Maßnahme' });
    const stray = await expert.create('measure', foreign, { title: 'Falsch einsortiert' });
    const report = await expert.sync([foreign, DEMO_PID]);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'forbidden', partnershipId: foreign }),
    ]);
    expect(
      (await expert.repo.getRecord(mine.id))?.ok && (await expert.db.records.get(mine.id))?.pending,
    ).toBe(0);
    const row = await expert.db.records.get(stray.id);
    expect(row).toMatchObject({ pending: 1, rejection: null, title: 'Falsch einsortiert' });
  });
});
