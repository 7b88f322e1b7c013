// The replicator: for each partnership database, pull the server's changes into the local store
// and push the records waiting on this device, then its photos (photoPush.ts). It decides HOW to
// sync (the engine decides when). Never throws for network, server or data problems: they are in
// the report's errors.
import { isStorageFull, type KlimapartnerDb } from '../db';
import type { CouchClient } from './couchClient';
import { CouchHttpError, NetworkError } from './couchErrors';
import { databaseName } from './naming';
import { currentConnection, photoTransfersAllowed, type ConnectionInfo } from './photoPolicy';
import { pushPhotos } from './photoPush';
import { pullDatabase } from './pull';
import { pushDatabase } from './push';
import type { ReplicationContext, SyncError, SyncReport } from './replicationContext';

export type { SyncError, SyncReport } from './replicationContext';

export interface ReplicateOptions {
  db: KlimapartnerDb;
  client: CouchClient;
  /** The partnerships to sync (their databases); the order is kept. */
  partnershipIds: readonly string[];
  /** The signed-in user: its name is stamped on pushed records. */
  user: string | { readonly name: string };
  /** `_changes` batch size. Default 1000. */
  pullBatchSize?: number;
  /** `_bulk_docs` batch size. Default 500. */
  pushBatchSize?: number;
  /**
   * The network the device is on, for the "photos only on Wi-Fi" setting. Default: what the
   * browser reports (navigator.connection); null: unknown.
   */
  connection?: ConnectionInfo | null;
}

/** Large batches: each request has a fixed cost on the server; each batch is one transaction. */
export const DEFAULT_PULL_BATCH_SIZE = 1000;
export const DEFAULT_PUSH_BATCH_SIZE = 500;

/** Errors after which no other database can do better in this run. */
const STOP_ALL: ReadonlySet<SyncError['code']> = new Set(['offline', 'unauthorized', 'quota']);

export function syncErrorOf(error: unknown, partnershipId?: string): SyncError {
  const where = partnershipId === undefined ? {} : { partnershipId };
  if (error instanceof NetworkError) return { ...where, code: 'offline', detail: error.message };
  if (error instanceof CouchHttpError) {
    const detail = error.message;
    if (error.error === 'bad_response') return { ...where, code: 'badData', detail };
    if (error.status === 401) return { ...where, code: 'unauthorized', detail };
    if (error.status === 403) return { ...where, code: 'forbidden', detail };
    if (error.status === 404) return { ...where, code: 'notFound', detail };
    return { ...where, code: 'server', detail };
  }
  // Storing a pulled batch or a push's outcome: a full disk, however Dexie wrapped it.
  if (isStorageFull(error)) return { ...where, code: 'quota' };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ...where, code: 'server', detail };
}

/**
 * Sync the given partnerships: pull, then push, one database after the other; then the photos of
 * each database that went well, so a backlog of photos never holds up another one's records.
 */
export async function replicate(options: ReplicateOptions): Promise<SyncReport> {
  const report: SyncReport = { pulled: 0, pushed: 0, conflicts: 0, rejected: 0, errors: [] };
  const ctx: ReplicationContext = {
    db: options.db,
    client: options.client,
    user: typeof options.user === 'string' ? options.user : options.user.name,
    pullBatchSize: options.pullBatchSize ?? DEFAULT_PULL_BATCH_SIZE,
    pushBatchSize: options.pushBatchSize ?? DEFAULT_PUSH_BATCH_SIZE,
    // A setting that cannot be read holds photos back rather than risk mobile data.
    photosAllowed: await photoTransfersAllowed(
      options.db,
      options.connection === undefined ? currentConnection() : options.connection,
    ).catch(() => false),
    report,
  };
  const synced: { partnershipId: string; dbName: string }[] = [];
  /** Runs one step; false when the whole run has to stop. */
  const step = async (partnershipId: string, run: () => Promise<void>): Promise<boolean> => {
    try {
      await run();
      return true;
    } catch (error) {
      const syncError = syncErrorOf(error, partnershipId);
      report.errors.push(syncError);
      return !STOP_ALL.has(syncError.code);
    }
  };
  for (const partnershipId of new Set(options.partnershipIds)) {
    let dbName: string;
    try {
      dbName = databaseName(partnershipId);
    } catch {
      report.errors.push({ partnershipId, code: 'badData', detail: 'not a partnership id' });
      continue;
    }
    const errors = report.errors.length;
    const goOn = await step(partnershipId, async () => {
      await pullDatabase(ctx, partnershipId, dbName);
      await pushDatabase(ctx, partnershipId, dbName);
    });
    if (!goOn) return report;
    if (report.errors.length === errors) synced.push({ partnershipId, dbName });
  }
  for (const { partnershipId, dbName } of synced) {
    if (!(await step(partnershipId, () => pushPhotos(ctx, partnershipId, dbName)))) break;
  }
  return report;
}
