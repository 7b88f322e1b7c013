// The device's store as a whole: what exists nowhere else, and deleting all of it on sign-out.
import { db as defaultDb, type KlimapartnerDb } from './database';

/** Records not yet on the server and open drafts: what a wipe would destroy for good. */
export async function countUnsyncedWork(
  database: KlimapartnerDb = defaultDb,
): Promise<{ records: number; drafts: number }> {
  const [records, drafts] = await Promise.all([
    database.records.where('pending').equals(1).count(),
    database.drafts.count(),
  ]);
  return { records, drafts };
}

/** Delete the whole IndexedDB database of the app (records, drafts, checkpoints, session). */
export async function deleteDeviceDatabase(database: KlimapartnerDb = defaultDb): Promise<void> {
  await database.delete();
}
