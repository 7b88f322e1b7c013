// The replicator: for each partnership database, pull the server's changes into the local store
// and push the records waiting on this device. It decides HOW to sync (the engine decides when).
// Never throws for network, server or data problems: they are in the report's errors.
import type { KlimapartnerDb } from '../db';
import type { CouchClient } from './couchClient';
import { CouchHttpError, NetworkError } from './couchErrors';
import { databaseName } from './naming';
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
}

/** Large batches: each request has a fixed cost on the server; each batch is one transaction. */
export const DEFAULT_PULL_BATCH_SIZE = 1000;
export const DEFAULT_PUSH_BATCH_SIZE = 500;

/** Errors after which no other database can do better in this run. */
const STOP_ALL: ReadonlySet<SyncError['code']> = new Set(['offline', 'unauthorized', 'quota']);

function isQuotaError(error: unknown): boolean {
  const named = (value: unknown) =>
    typeof value === 'object' && value !== null && 'name' in value
      ? (value as { name: unknown }).name === 'QuotaExceededError'
      : false;
  return named(error) || named((error as { inner?: unknown } | null)?.inner);
}

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
  if (isQuotaError(error)) return { ...where, code: 'quota' };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ...where, code: 'server', detail };
}

/** Sync the given partnerships: pull, then push, one database after the other. */
export async function replicate(options: ReplicateOptions): Promise<SyncReport> {
  const report: SyncReport = { pulled: 0, pushed: 0, conflicts: 0, rejected: 0, errors: [] };
  const ctx: ReplicationContext = {
    db: options.db,
    client: options.client,
    user: typeof options.user === 'string' ? options.user : options.user.name,
    pullBatchSize: options.pullBatchSize ?? DEFAULT_PULL_BATCH_SIZE,
    pushBatchSize: options.pushBatchSize ?? DEFAULT_PUSH_BATCH_SIZE,
    report,
  };
  for (const partnershipId of new Set(options.partnershipIds)) {
    let dbName: string;
    try {
      dbName = databaseName(partnershipId);
    } catch {
      report.errors.push({ partnershipId, code: 'badData', detail: 'not a partnership id' });
      continue;
    }
    try {
      await pullDatabase(ctx, partnershipId, dbName);
      await pushDatabase(ctx, partnershipId, dbName);
    } catch (error) {
      const syncError = syncErrorOf(error, partnershipId);
      report.errors.push(syncError);
      if (STOP_ALL.has(syncError.code)) break;
    }
  }
  return report;
}
