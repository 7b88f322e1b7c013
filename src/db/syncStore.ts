// The replicator's access to the local store: checkpoints, pulled versions (stored with their
// checkpoint in ONE transaction), the rows to push and the outcome of a push. No network here:
// the replicator fetches outside any transaction and hands the results in.
import { mergeRecords } from '../domain';
import type { KlimapartnerDb, RecordRejection, StoredRow } from './database';
import { recordOfRow } from './loading';
import { notifyLocalChange } from './localChanges';
import { notePulledPhotos } from './photoSync';
import { decidePull, remoteRow, type RemoteVersion } from './pullMerge';

export type { RemoteVersion } from './pullMerge';

/** The checkpoint key of a server database: the server's URL and the database name. */
export function checkpointKey(server: string, database: string): string {
  return `${server.replace(/\/+$/, '')}|${database}`;
}

/** The `since` to read a database's `_changes` from (0 when never read). */
export async function readCheckpoint(
  database: KlimapartnerDb,
  key: string,
): Promise<string | number> {
  return (await database.checkpoints.get(key))?.seq ?? 0;
}

export interface PullResult {
  /** Rows written or removed. */
  changed: number;
  /** Ids of records that got a conflict (or a new remote version in their conflict). */
  conflicts: string[];
}

/**
 * Store pulled server versions of one partnership by the pull rules (pullMerge.ts); with a
 * checkpoint, it is written in the same transaction, so the two never disagree.
 */
export async function applyPulledVersions(
  database: KlimapartnerDb,
  partnershipId: string,
  versions: readonly RemoteVersion[],
  checkpoint?: { key: string; seq: string | number },
): Promise<PullResult> {
  const now = new Date().toISOString();
  const tables = [database.records, database.checkpoints, database.photoFiles];
  return database.transaction('rw', tables, async () => {
    const existing = await database.records.bulkGet(versions.map((version) => version.id));
    // A batch can hold a record twice (when read from several places): the last version counts.
    const current = new Map<string, StoredRow | undefined>();
    versions.forEach((version, index) => {
      if (!current.has(version.id)) current.set(version.id, existing[index]);
    });
    const puts = new Map<string, StoredRow>();
    const deletes = new Set<string>();
    const conflicts: string[] = [];
    for (const version of versions) {
      const decision = decidePull(current.get(version.id), version, partnershipId, now);
      if (decision.kind === 'keep') continue;
      if (decision.kind === 'delete') {
        puts.delete(version.id);
        deletes.add(version.id);
        current.set(version.id, undefined);
      } else {
        deletes.delete(version.id);
        puts.set(version.id, decision.row);
        current.set(version.id, decision.row);
        if (decision.conflict) conflicts.push(version.id);
      }
    }
    if (puts.size > 0) await database.records.bulkPut([...puts.values()]);
    if (deletes.size > 0) await database.records.bulkDelete([...deletes]);
    await notePulledPhotos(database, versions, puts, deletes);
    if (checkpoint) {
      await database.checkpoints.put({ key: checkpoint.key, seq: checkpoint.seq, updatedAt: now });
    }
    return { changed: puts.size + deletes.size, conflicts };
  });
}

/**
 * A conflict the server holds (`_conflicts`, from replication between servers): the losing
 * version becomes this device's pending version, in conflict with the winner, so a person
 * decides and the loser can be deleted on the server without losing anything. Only for a row
 * that has nothing waiting and stands on the winning revision. Returns whether it was taken.
 */
export async function takeServerConflict(
  database: KlimapartnerDb,
  partnershipId: string,
  winner: RemoteVersion & { record: Record<string, unknown> },
  loser: RemoteVersion & { record: Record<string, unknown> },
): Promise<'taken' | 'same' | 'busy'> {
  return database.transaction('rw', database.records, async () => {
    const row = await database.records.get(winner.id);
    if (!row || row.pending === 1 || row.rev !== winner.rev) return 'busy';
    // No common ancestor is known: every field that differs is for a person to decide.
    const { conflicts } = mergeRecords(null, loser.record, winner.record);
    if (conflicts.length === 0) return 'same';
    const conflict = {
      remoteRev: winner.rev,
      remote: winner.record,
      fields: conflicts,
      detectedAt: new Date().toISOString(),
    };
    const local = remoteRow(loser, partnershipId);
    await database.records.put({
      ...local,
      rev: winner.rev,
      base: winner.record,
      pending: 1,
      conflict,
      conflicted: 1,
    });
    return 'taken';
  });
}

/** A row to push, as read before the request (to tell whether it changed meanwhile). */
export interface PushCandidate {
  id: string;
  rev: string | null;
  deleted: boolean;
  /** The server has no live version (never synced, or deleted there): the push creates it. */
  creates: boolean;
  updatedAt: string;
  /** The record part of the row. */
  record: Record<string, unknown>;
}

/** The rows of a partnership waiting to be pushed: pending, without conflict or rejection. */
export async function listPushCandidates(
  database: KlimapartnerDb,
  partnershipId: string,
): Promise<PushCandidate[]> {
  // toArray then filter: a Dexie filter() walks a cursor, many times slower than getAll.
  const pending = await database.records.where('pending').equals(1).toArray();
  const rows = pending.filter(
    (row) => row.partnershipId === partnershipId && !row.conflict && !row.rejection,
  );
  return rows.map(pushCandidateOf);
}

/** A pending row as a push candidate. */
export function pushCandidateOf(row: StoredRow): PushCandidate {
  return {
    id: row.id,
    rev: row.rev ?? null,
    deleted: row.deleted === 1,
    creates: row.base === null || row.base === undefined,
    updatedAt: row.updatedAt,
    record: recordOfRow(row),
  };
}

export type PushOutcome = {
  candidate: PushCandidate;
  /** What was sent, in record form (stamped with the user); null for a deletion. */
  sent: Record<string, unknown> | null;
} & ({ ok: true; rev: string } | { ok: false; rejection: Omit<RecordRejection, 'at'> });

/**
 * Record what the server said to pushed rows: accepted → the new revision and base, and nothing
 * waiting unless the row changed meanwhile; refused → the rejection (unless the row changed).
 */
export async function applyPushOutcomes(
  database: KlimapartnerDb,
  outcomes: readonly PushOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  const at = new Date().toISOString();
  const recreated: string[] = [];
  await database.transaction('rw', database.records, async () => {
    const rows = await database.records.bulkGet(outcomes.map((outcome) => outcome.candidate.id));
    const puts: StoredRow[] = [];
    const deletes: string[] = [];
    outcomes.forEach((outcome, index) => {
      const row = rows[index];
      const { candidate, sent } = outcome;
      const unchanged =
        row !== undefined &&
        row.updatedAt === candidate.updatedAt &&
        (row.deleted === 1) === candidate.deleted &&
        !row.conflict;
      if (!outcome.ok) {
        if (unchanged) puts.push({ ...row, rejection: { ...outcome.rejection, at } });
        return;
      }
      if (row === undefined) {
        // Deleted here while the push was on its way: the server has it now, so delete it there.
        if (sent === null) return;
        puts.push({
          ...(sent as StoredRow),
          rev: outcome.rev,
          base: sent,
          pending: 1,
          deleted: 1,
          conflict: null,
          conflicted: 0,
          rejection: null,
        });
        recreated.push(candidate.id);
      } else if (!unchanged) {
        puts.push({ ...row, rev: outcome.rev, base: sent });
      } else if (sent === null) {
        deletes.push(row.id);
      } else {
        puts.push({
          ...(sent as StoredRow),
          rev: outcome.rev,
          base: sent,
          pending: 0,
          deleted: 0,
          conflict: null,
          conflicted: 0,
          rejection: null,
        });
      }
    });
    if (puts.length > 0) await database.records.bulkPut(puts);
    if (deletes.length > 0) await database.records.bulkDelete(deletes);
  });
  if (recreated.length > 0) notifyLocalChange({ database: database.name, ids: recreated });
}

/** Remove every record, photo, draft and checkpoint from the device (sign-out with wipe). */
export async function clearDeviceData(database: KlimapartnerDb): Promise<void> {
  const tables = [database.records, database.drafts, database.checkpoints, database.photoFiles];
  await database.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}
