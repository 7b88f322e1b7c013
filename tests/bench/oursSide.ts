// The app's side of the sync benchmark: a fresh device (its own IndexedDB on fake-indexeddb and
// its own session) syncing through `replicate`. Only the replication is timed; every run checks
// that all records arrived (a fast wrong benchmark is worthless).
import { createRecordRepository, KlimapartnerDb } from '../../src/db';
import { newRecordId } from '../../src/domain';
import { createCouchClient } from '../../src/sync/couchClient';
import { replicate, type SyncReport } from '../../src/sync/replicator';
import { DEMO_PASSWORD } from '../server/couchTestServer';
import { cookieJarFetch } from '../sync/helpers/cookieFetch';
import { benchFields } from './benchRecords';
import { startTiming } from './benchTable';

let deviceCount = 0;

async function freshDevice(couchUrl: string, user: string) {
  deviceCount += 1;
  const db = new KlimapartnerDb(`bench-device-${deviceCount}-${Date.now()}`);
  await db.open();
  const jar = cookieJarFetch();
  const client = createCouchClient({ baseUrl: couchUrl, fetch: jar.fetch });
  await client.signIn(user, DEMO_PASSWORD);
  return { db, client, repo: createRecordRepository(db) };
}

function check(condition: boolean, what: string, report: SyncReport): void {
  if (!condition) throw new Error(`ours: ${what} (report ${JSON.stringify(report)})`);
}

/** A fresh device pulls a partnership holding `count` records; returns the milliseconds. */
export async function oursPull(
  couchUrl: string,
  user: string,
  partnershipId: string,
  count: number,
): Promise<number> {
  const { db, client, repo } = await freshDevice(couchUrl, user);
  try {
    const started = startTiming();
    const report = await replicate({ db, client, partnershipIds: [partnershipId], user });
    const ms = performance.now() - started;
    check(report.errors.length === 0 && report.pulled === count, `pulled ${count}`, report);
    const stored = await repo.listPartnershipRecords(partnershipId);
    check(stored.length === count, `${stored.length} records stored, not ${count}`, report);
    check(
      stored.every((item) => item.ok),
      'a pulled record is broken',
      report,
    );
    return ms;
  } finally {
    await db.delete();
  }
}

/**
 * A device with `count` new records (saved through the repository, not timed) pushes them into
 * the partnership's empty database; returns the milliseconds. The caller checks the server.
 */
export async function oursPush(
  couchUrl: string,
  user: string,
  partnershipId: string,
  count: number,
): Promise<number> {
  const { db, client, repo } = await freshDevice(couchUrl, user);
  try {
    const deploymentId = newRecordId('deployment');
    for (let i = 0; i < count; i++) {
      const { type, fields } = benchFields(i, deploymentId);
      const saved = await repo.saveRecord({
        type,
        partnershipId,
        fields: fields as never,
        user,
        lang: 'de',
      });
      if (!saved.ok) throw new Error(`ours: bench record ${i} not saved`);
    }
    const started = startTiming();
    const report = await replicate({ db, client, partnershipIds: [partnershipId], user });
    const ms = performance.now() - started;
    check(report.errors.length === 0 && report.pushed === count, `pushed ${count}`, report);
    check((await repo.countPending()) === 0, 'records still waiting after the push', report);
    return ms;
  } finally {
    await db.delete();
  }
}
