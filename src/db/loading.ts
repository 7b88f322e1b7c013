// Reading stored rows: the record part of a row, and a row checked against the domain schema.
import { validateRecord, type AnyRecord, type ValidationError } from '../domain';
import {
  SYNC_META_KEYS,
  type RecordConflict,
  type RecordRejection,
  type StoredRow,
} from './database';

/**
 * The sync state of a record as screens show it. The repository always sets `conflict` and
 * `rejection` (null when there is none); they are optional only so that states written before
 * sync existed (props, test fixtures) still type-check.
 */
export interface RecordSyncState {
  /** A local change has not reached the server yet. */
  pending: boolean;
  /** The server has seen a version of this record. */
  synced: boolean;
  /** Both this device and the server changed the same fields: waits for a person. */
  conflict?: RecordConflict | null;
  /** The server refused the last change; it is kept here until edited again. */
  rejection?: RecordRejection | null;
}

/**
 * A record as read from the device: either valid, or broken with the reasons. Broken records are
 * never dropped silently; screens show them as errors so nothing disappears unnoticed.
 */
export type LoadedRecord<T extends object = AnyRecord> =
  | { ok: true; id: string; record: T; sync: RecordSyncState }
  | { ok: false; id: string; type: string; errors: ValidationError[]; raw: unknown };

const SYNC_KEYS: ReadonlySet<string> = new Set(SYNC_META_KEYS);

/** The record part of a row (its fields and meta), without the sync state. */
export function recordOfRow(row: StoredRow): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (!SYNC_KEYS.has(key)) record[key] = value;
  }
  return record;
}

export function syncStateOf(row: StoredRow): RecordSyncState {
  return {
    pending: row.pending === 1,
    synced: row.rev !== null && row.rev !== undefined,
    conflict: row.conflict ?? null,
    rejection: row.rejection ?? null,
  };
}

export function load<T extends object>(row: StoredRow): LoadedRecord<T> {
  const result = validateRecord(row);
  const id = typeof row.id === 'string' ? row.id : String(row.id);
  if (!result.ok) {
    return { ok: false, id, type: String(row.type), errors: result.errors, raw: row };
  }
  return { ok: true, id, record: result.value as unknown as T, sync: syncStateOf(row) };
}

/** Live rows (tombstones left out), loaded. */
export function loadLive<T extends object>(rows: readonly StoredRow[]): LoadedRecord<T>[] {
  return rows.filter((row) => row.deleted !== 1).map((row) => load<T>(row));
}
