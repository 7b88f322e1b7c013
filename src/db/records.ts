// The record repository: the single write path for records, and the reads screens build on.
// Every write validates with the domain schema and marks the record for sync in one transaction.
import {
  canChangeMeasureStatus,
  isRecordId,
  MEASURE_STATUSES,
  newRecordId,
  validateFields,
  validateRecord,
  type AnyRecord,
  type FieldsInput,
  type RecordOf,
  type RecordType,
  type Validated,
  type ValidationError,
} from '../domain';
import { db, type StoredRow } from './database';

/** The sync state of a record as screens show it. */
export interface RecordSyncState {
  /** A local change has not reached the server yet. */
  pending: boolean;
  /** The server has seen a version of this record. */
  synced: boolean;
}

/**
 * A record as read from the device: either valid, or broken with the reasons. Broken records are
 * never dropped silently; screens show them as errors so nothing disappears unnoticed.
 */
export type LoadedRecord<T extends object = AnyRecord> =
  | { ok: true; id: string; record: T; sync: RecordSyncState }
  | { ok: false; id: string; type: string; errors: ValidationError[]; raw: unknown };

function load<T extends object>(row: StoredRow): LoadedRecord<T> {
  const result = validateRecord(row);
  const id = typeof row.id === 'string' ? row.id : String(row.id);
  if (!result.ok) {
    return { ok: false, id, type: String(row.type), errors: result.errors, raw: row };
  }
  return {
    ok: true,
    id,
    record: result.value as unknown as T,
    sync: { pending: row.pending === 1, synced: row.rev !== null && row.rev !== undefined },
  };
}

export interface SaveInput<T extends RecordType> {
  type: T;
  /** Absent for a new record. */
  id?: string | undefined;
  /** For a partnership: absent (it is its own partnership). */
  partnershipId?: string | undefined;
  fields: FieldsInput<T>;
  user: string;
  /** The language the record's text was written in. */
  lang: string;
}

/**
 * Validate and store a record, new or changed, marked as waiting for sync. Returns the errors
 * (nothing written) when the input is invalid.
 */
export async function saveRecord<T extends RecordType>(
  input: SaveInput<T>,
): Promise<Validated<RecordOf<T>>> {
  const validated = validateFields(input.type, input.fields);
  if (!validated.ok) return validated;
  const now = new Date().toISOString();
  return db.transaction('rw', db.records, async () => {
    const existing = input.id ? await db.records.get(input.id) : undefined;
    if (existing && existing.type !== input.type) {
      return { ok: false, errors: [{ path: '', key: 'validation:unknownType' }] };
    }
    if (existing && input.type === 'measure') {
      const from = existing.status;
      const to = (validated.value as { status: string }).status;
      // A status this version does not know (a broken or newer record) may be replaced by any.
      if (
        (MEASURE_STATUSES as readonly unknown[]).includes(from) &&
        !canChangeMeasureStatus(from as never, to as never) &&
        existing.deleted === 0
      ) {
        return { ok: false, errors: [{ path: 'status', key: 'validation:statusTransition' }] };
      }
    }
    const id = existing?.id ?? input.id ?? newRecordId(input.type);
    // A record never moves: each partnership is its own database on the server.
    const partnershipId =
      input.type === 'partnership'
        ? id
        : isRecordId(existing?.partnershipId, 'partnership')
          ? existing.partnershipId
          : input.partnershipId;
    const candidate = {
      id,
      type: input.type,
      partnershipId,
      createdAt: typeof existing?.createdAt === 'string' ? existing.createdAt : now,
      createdBy: typeof existing?.createdBy === 'string' ? existing.createdBy : input.user,
      updatedAt: now,
      updatedBy: input.user,
      lang: input.lang,
      reviewState: typeof existing?.reviewState === 'string' ? existing.reviewState : 'unreviewed',
      ...validated.value,
    };
    const full = validateRecord(candidate);
    if (!full.ok) return full;
    await db.records.put({
      ...(full.value as unknown as StoredRow),
      rev: existing?.rev ?? null,
      base: existing?.base ?? null,
      pending: 1,
      deleted: 0,
    });
    return { ok: true, value: full.value as unknown as RecordOf<T> };
  });
}

/** Delete a record: a tombstone until the deletion has reached the server. */
export async function deleteRecord(id: string, user: string): Promise<void> {
  await db.transaction('rw', db.records, async () => {
    const existing = await db.records.get(id);
    if (!existing) return;
    if (existing.rev === null && existing.pending === 1) {
      // Never reached the server: nothing to tell it, so it can go at once.
      await db.records.delete(id);
      return;
    }
    await db.records.put({
      ...existing,
      deleted: 1,
      pending: 1,
      updatedAt: new Date().toISOString(),
      updatedBy: user,
    });
  });
}

export async function getRecord<T extends object = AnyRecord>(
  id: string,
): Promise<LoadedRecord<T> | undefined> {
  const row = await db.records.get(id);
  return row && row.deleted !== 1 ? load<T>(row) : undefined;
}

/** Every live record of a type in a partnership (broken ones included, as errors). */
export async function listRecords<T extends RecordType>(
  type: T,
  partnershipId: string,
): Promise<LoadedRecord<RecordOf<T>>[]> {
  const rows = await db.records.where({ partnershipId, type }).toArray();
  return rows.filter((row) => row.deleted !== 1).map((row) => load<RecordOf<T>>(row));
}

/** Every live record of a type on the device, across partnerships. */
export async function listAllRecords<T extends RecordType>(
  type: T,
): Promise<LoadedRecord<RecordOf<T>>[]> {
  const rows = await db.records.where('type').equals(type).toArray();
  return rows.filter((row) => row.deleted !== 1).map((row) => load<RecordOf<T>>(row));
}

/** Every live record of a partnership, of all types. */
export async function listPartnershipRecords(partnershipId: string): Promise<LoadedRecord[]> {
  const rows = await db.records.where('partnershipId').equals(partnershipId).toArray();
  return rows.filter((row) => row.deleted !== 1).map((row) => load(row));
}

/** The log entries of one deployment. */
export async function listLogEntries(
  deploymentId: string,
): Promise<LoadedRecord<RecordOf<'logEntry'>>[]> {
  const rows = await db.records.where('deploymentId').equals(deploymentId).toArray();
  return rows
    .filter((row) => row.deleted !== 1 && row.type === 'logEntry')
    .map((row) => load<RecordOf<'logEntry'>>(row));
}

/** Every live record on the device, for search. */
export async function listEveryRecord(): Promise<LoadedRecord[]> {
  const rows = await db.records.toArray();
  return rows.filter((row) => row.deleted !== 1).map((row) => load(row));
}

/** How many changes on this device have not reached the server. */
export function countPending(): Promise<number> {
  return db.records.where('pending').equals(1).count();
}

/** Only the valid records of a loaded list. */
export function validRecords<T extends object>(list: readonly LoadedRecord<T>[]): T[] {
  return list.flatMap((item) => (item.ok ? [item.record] : []));
}
