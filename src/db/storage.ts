// What the device says about its storage, for the settings screen.
import { db } from './database';

export interface StorageInfo {
  /** Bytes used by this site, when the browser tells. */
  usage: number | null;
  /** Bytes this site may use, when the browser tells. */
  quota: number | null;
  persisted: boolean | null;
  recordCount: number;
  draftCount: number;
  pendingCount: number;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const [recordCount, draftCount, pendingCount] = await Promise.all([
    db.records.filter((row) => row.deleted !== 1).count(),
    db.drafts.count(),
    db.records.where('pending').equals(1).count(),
  ]);
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted,
    recordCount,
    draftCount,
    pendingCount,
  };
}
