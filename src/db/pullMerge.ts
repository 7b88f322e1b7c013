// What a pulled server version does to the stored row: the pull rules of the sync contract
// (src/sync/README.md). Pure: the caller reads and writes the rows in one transaction.
import { deepEqual, mergeRecords } from '../domain';
import type { RemoteAttachment, StoredRow } from './database';
import { recordOfRow } from './loading';

/** A version of a record on the server, in record form (`id`, no `_rev`/`_id`). */
export interface RemoteVersion {
  id: string;
  rev: string;
  /** The server deleted the record (a tombstone). */
  deleted: boolean;
  /** The record's fields and meta; null for a deletion. Stored as it came, even if malformed. */
  record: Record<string, unknown> | null;
  /** The document's attachments as the server describes them (a photo's images). */
  attachments?: Readonly<Record<string, RemoteAttachment>> | undefined;
}

export type PullDecision =
  { kind: 'keep' } | { kind: 'delete' } | { kind: 'put'; row: StoredRow; conflict: boolean };

const KEEP: PullDecision = { kind: 'keep' };

/** Fields the push stamps with the signed-in user: not a difference between two versions. */
const STAMPED = new Set(['updatedBy', 'createdBy']);
/** …and the time of the change: two equal contents are the same version for a person. */
const AUTHORSHIP = new Set([...STAMPED, 'updatedAt']);

function without(record: Record<string, unknown>, keys: ReadonlySet<string>) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)));
}

/** The server's version as a row that has nothing waiting. */
export function remoteRow(
  remote: RemoteVersion & { record: Record<string, unknown> },
  partnershipId: string,
): StoredRow {
  const record = remote.record;
  return {
    ...record,
    id: remote.id,
    // Each partnership is its own database: a malformed document still belongs to this one, so
    // it stays listed (as a broken record) with the partnership's records.
    partnershipId:
      typeof record['partnershipId'] === 'string' ? record['partnershipId'] : partnershipId,
    type: record['type'] as string,
    updatedAt: record['updatedAt'] as string,
    rev: remote.rev,
    base: record,
    pending: 0,
    deleted: 0,
    conflict: null,
    conflicted: 0,
    rejection: null,
  };
}

/**
 * Decide how a pulled version changes the local row. Rules: nothing waiting here → take the
 * server's version; both changed → three-way merge against the base (a merge that equals the
 * server's version, e.g. after a lost reply, is adopted as it is); field conflicts → take what
 * merged, keep the local value of conflicted fields and record the conflict; an edit always beats a delete — unless the "edit" is
 * exactly what the deleting person saw (their own push whose reply was lost).
 */
export function decidePull(
  local: StoredRow | undefined,
  remote: RemoteVersion,
  partnershipId: string,
  now: string,
): PullDecision {
  if (local && (local.rev === remote.rev || local.conflict?.remoteRev === remote.rev)) return KEEP;
  const remoteRecord = remote.deleted ? null : remote.record;
  const take = (record: Record<string, unknown>): PullDecision => ({
    kind: 'put',
    row: remoteRow({ ...remote, record }, partnershipId),
    conflict: false,
  });
  if (!local || local.pending !== 1) {
    if (remoteRecord === null) return local ? { kind: 'delete' } : KEEP;
    return take(remoteRecord);
  }
  if (remoteRecord === null) {
    if (local.deleted === 1) return { kind: 'delete' };
    // Deleted there, edited here: keep the edit; the push recreates it on the tombstone's revision.
    const row: StoredRow = { ...local, rev: remote.rev, base: null, conflict: null, conflicted: 0 };
    return { kind: 'put', row, conflict: false };
  }
  const localRecord = recordOfRow(local);
  if (local.deleted === 1) {
    // A tombstone keeps the fields the person saw when deleting: if the server has just that,
    // the deletion goes ahead on its revision; an edit they have not seen wins.
    if (deepEqual(without(remoteRecord, AUTHORSHIP), without(localRecord, AUTHORSHIP))) {
      return { kind: 'put', row: { ...local, rev: remote.rev }, conflict: false };
    }
    return take(remoteRecord);
  }
  // Never synced, yet on the server unchanged since its creation (revision 1): that is this
  // device's own push whose reply was lost (record ids are made on the device), so it is the base.
  const ownCreation = (local.rev ?? null) === null && remote.rev.startsWith('1-');
  const base = local.base ?? (ownCreation ? remoteRecord : null);
  const { merged, conflicts } = mergeRecords(base, localRecord, remoteRecord);
  if (conflicts.length > 0) {
    const conflict = {
      remoteRev: remote.rev,
      remote: remoteRecord,
      fields: conflicts,
      detectedAt: now,
    };
    // The fields that merged cleanly take the server's changes now; only the conflicted ones keep
    // the local value. The base stays, so a later pull still sees these fields as changed here.
    const row: StoredRow = { ...local, ...(merged as Partial<StoredRow>), conflict, conflicted: 1 };
    return { kind: 'put', row, conflict: true };
  }
  if (deepEqual(without(merged, STAMPED), without(remoteRecord, STAMPED))) {
    // The server already has this very version (our own push whose reply was lost).
    return take(remoteRecord);
  }
  const row: StoredRow = {
    ...(merged as StoredRow),
    rev: remote.rev,
    base: remoteRecord,
    pending: 1,
    deleted: 0,
    conflict: null,
    conflicted: 0,
    rejection: local.rejection ?? null,
  };
  return { kind: 'put', row, conflict: false };
}
