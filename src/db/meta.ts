// Small device-wide settings kept in IndexedDB (e.g. the last known signed-in user).
import { db, type KlimapartnerDb } from './database';

export async function readMeta<T = unknown>(
  key: string,
  database: KlimapartnerDb = db,
): Promise<T | undefined> {
  return (await database.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown, database: KlimapartnerDb = db) {
  await database.meta.put({ key, value });
}

export async function deleteMeta(key: string, database: KlimapartnerDb = db) {
  await database.meta.delete(key);
}
