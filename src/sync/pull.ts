// Pull one partnership database: `_changes` in large batches from the stored checkpoint, each
// batch stored with its checkpoint in one transaction. The next batch is fetched while the
// current one is written (never inside the transaction).
import {
  applyPulledVersions,
  checkpointKey,
  readCheckpoint,
  takeServerConflict,
  type RemoteVersion,
} from '../db';
import type { ChangesResponse } from './couchClient';
import {
  conflictRevs,
  isRecordDocId,
  versionOfChange,
  versionOfDoc,
  versionOfRow,
} from './couchDocs';
import type { ReplicationContext } from './replicationContext';

type LiveVersion = RemoteVersion & { record: Record<string, unknown> };

const isLive = (version: RemoteVersion | undefined): version is LiveVersion =>
  version !== undefined && !version.deleted && version.record !== null;

export async function pullDatabase(
  ctx: ReplicationContext,
  partnershipId: string,
  dbName: string,
): Promise<void> {
  const key = checkpointKey(ctx.client.baseUrl, dbName);
  const limit = ctx.pullBatchSize;
  const fetchBatch = (since: string | number) => ctx.client.changes(dbName, { since, limit });
  let since = await readCheckpoint(ctx.db, key);
  let next = fetchBatch(since);
  for (;;) {
    const batch = await next;
    const more = batch.results.length >= limit;
    if (more) {
      next = fetchBatch(batch.last_seq);
      // Awaited on the next turn; until then a failure must not count as unhandled.
      next.catch(() => undefined);
    }
    await storeBatch(ctx, partnershipId, dbName, batch, since === batch.last_seq ? null : key);
    since = batch.last_seq;
    if (!more) return;
  }
}

async function storeBatch(
  ctx: ReplicationContext,
  partnershipId: string,
  dbName: string,
  batch: ChangesResponse,
  key: string | null,
): Promise<void> {
  const changes = batch.results.filter((change) => isRecordDocId(change.id));
  const versions: RemoteVersion[] = [];
  const missing: string[] = [];
  for (const change of changes) {
    const version = versionOfChange(change);
    if (version) versions.push(version);
    else missing.push(change.id);
  }
  if (missing.length > 0) {
    // A change without its document (CouchDB may leave it out): read the current versions.
    const rows = await ctx.client.allDocs(dbName, missing);
    for (const row of rows) {
      const version = versionOfRow(row);
      if (version) versions.push(version);
      else
        ctx.report.errors.push({
          partnershipId,
          code: 'badData',
          detail: `no document ${row.key}`,
        });
    }
  }
  const checkpoint = key === null ? undefined : { key, seq: batch.last_seq };
  const result = await applyPulledVersions(ctx.db, partnershipId, versions, checkpoint);
  ctx.report.pulled += result.changed;
  ctx.report.conflicts += result.conflicts.length;
  for (const change of changes) {
    const losers = conflictRevs(change);
    const winner = versionOfChange(change);
    if (losers.length > 0 && isLive(winner)) {
      await takeServerConflicts(ctx, partnershipId, dbName, winner, losers);
    }
  }
}

/**
 * Conflicting revisions on the server (from replication between servers): the first loser that
 * differs becomes a conflict on this device; losers kept here (or equal to the winner) are
 * deleted on the server, so the conflict is decided once, by a person.
 */
async function takeServerConflicts(
  ctx: ReplicationContext,
  partnershipId: string,
  dbName: string,
  winner: LiveVersion,
  losers: string[],
): Promise<void> {
  const docs = await ctx.client.getDocRevs(dbName, winner.id, losers);
  const settled: { _id: string; _rev: string; _deleted: true }[] = [];
  for (const doc of docs) {
    const loser = versionOfDoc(doc, winner.id);
    if (!isLive(loser)) continue;
    const taken = await takeServerConflict(ctx.db, partnershipId, winner, loser);
    if (taken === 'busy') break;
    settled.push({ _id: winner.id, _rev: loser.rev, _deleted: true });
    if (taken === 'taken') {
      ctx.report.conflicts += 1;
      break;
    }
  }
  if (settled.length > 0) await ctx.client.bulkDocs(dbName, settled);
}
