// Saving and deleting records: validated, and marked for sync in the same transaction.
import {
  canChangeMeasureStatus,
  isRecordId,
  MEASURE_STATUSES,
  mergeRecords,
  newRecordId,
  validateFields,
  validateRecord,
  type Fields,
  type FieldsInput,
  type FieldsOf,
  type RecordOf,
  type RecordType,
  type Validated,
} from '../domain';
import type { KlimapartnerDb, StoredRow } from './database';
import { notifyLocalChange } from './localChanges';
import { photosGoingWith } from './photoRows';

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
  /**
   * For an edit: the fields as they were when the form opened. Changes stored since then (a
   * pulled edit, a follow-up ticked elsewhere) are merged in rather than reverted; where both
   * changed the same field, what the person typed in the form wins.
   */
  startedFrom?: unknown;
}

/** The form's fields merged three-way with the stored record, when the form says where it began. */
function mergeWithStored<T extends RecordType>(
  input: SaveInput<T>,
  fields: FieldsOf<T>,
  existing: StoredRow,
): FieldsOf<T> {
  const startedFrom = input.startedFrom;
  if (typeof startedFrom !== 'object' || startedFrom === null) return fields;
  const stored = validateFields(input.type, existing);
  if (!stored.ok) return fields;
  const { merged } = mergeRecords(
    startedFrom as Fields,
    fields as unknown as Fields,
    stored.value as unknown as Fields,
  );
  const revalidated = validateFields(input.type, merged);
  return revalidated.ok ? revalidated.value : fields;
}

export function createRecordWrites(database: KlimapartnerDb) {
  /**
   * Validate and store a record, new or changed, marked as waiting for sync. Returns the errors
   * (nothing written) when the input is invalid. An edit clears a rejection (the server gets a
   * new try) and keeps an open conflict (a person still has to decide it).
   */
  async function saveRecord<T extends RecordType>(
    input: SaveInput<T>,
  ): Promise<Validated<RecordOf<T>>> {
    const validated = validateFields(input.type, input.fields);
    if (!validated.ok) return validated;
    const now = new Date().toISOString();
    const result = await database.transaction(
      'rw',
      database.records,
      async (): Promise<Validated<RecordOf<T>>> => {
        const existing = input.id ? await database.records.get(input.id) : undefined;
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
        const fields = existing
          ? mergeWithStored(input, validated.value, existing)
          : validated.value;
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
          reviewState:
            typeof existing?.reviewState === 'string' ? existing.reviewState : 'unreviewed',
          ...fields,
        };
        const full = validateRecord(candidate);
        if (!full.ok) return full;
        await database.records.put({
          ...(full.value as unknown as StoredRow),
          rev: existing?.rev ?? null,
          base: existing?.base ?? null,
          pending: 1,
          deleted: 0,
          conflict: existing?.conflict ?? null,
          conflicted: existing?.conflict ? 1 : 0,
          rejection: null,
        });
        return { ok: true, value: full.value as unknown as RecordOf<T> };
      },
    );
    if (result.ok) notifyLocalChange({ database: database.name, ids: [result.value.id] });
    return result;
  }

  /**
   * Delete records, all or none (one transaction: a deployment never loses half of its log): a
   * tombstone each until the deletion has reached the server. Deleting settles an open conflict
   * or rejection: the person chose to let the record go. Ids not stored are skipped. A photo's
   * images go with it, and a log entry's or meeting's photos with it (photoRows.ts).
   */
  async function deleteRecords(ids: readonly string[], user: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const tables = [database.records, database.photoFiles];
    const changed = await database.transaction('rw', tables, async () => {
      const rows = await database.records.bulkGet(unique);
      const now = new Date().toISOString();
      const stored = rows.filter((row): row is StoredRow => row !== undefined);
      const tombstones: StoredRow[] = [];
      const gone: string[] = [];
      for (const existing of [...stored, ...(await photosGoingWith(database, stored))]) {
        if ((existing.rev === null || existing.rev === undefined) && existing.pending === 1) {
          // Never reached the server: nothing to tell it, so it can go at once.
          gone.push(existing.id);
          continue;
        }
        tombstones.push({
          ...existing,
          deleted: 1,
          pending: 1,
          conflict: null,
          conflicted: 0,
          rejection: null,
          updatedAt: now,
          updatedBy: user,
        });
      }
      if (tombstones.length > 0) await database.records.bulkPut(tombstones);
      if (gone.length > 0) await database.records.bulkDelete(gone);
      return [...tombstones.map((row) => row.id), ...gone];
    });
    if (changed.length > 0) notifyLocalChange({ database: database.name, ids: changed });
  }

  /** Delete one record (see deleteRecords). */
  function deleteRecord(id: string, user: string): Promise<void> {
    return deleteRecords([id], user);
  }

  return { saveRecord, deleteRecord, deleteRecords };
}
