// The record repository: the single write path for records, and the reads screens build on.
// Every write validates with the domain schema and marks the record for sync in one transaction.
// createRecordRepository works on any database (two devices in one test process); the exports
// below are the repository of the app's own database.
import { db, type KlimapartnerDb } from './database';
import { createConflictRepository } from './conflicts';
import type { LoadedRecord } from './loading';
import { createRecordReads } from './recordReads';
import { createRecordWrites } from './recordWrites';

export type { LoadedRecord, RecordSyncState } from './loading';
export type { SaveInput } from './recordWrites';
export { checkRowFields, loadRows, type RecordsChange } from './recordReads';

export function createRecordRepository(database: KlimapartnerDb) {
  return {
    ...createRecordWrites(database),
    ...createRecordReads(database),
    ...createConflictRepository(database),
  };
}

export type RecordRepository = ReturnType<typeof createRecordRepository>;

const repository = createRecordRepository(db);

export const {
  saveRecord,
  deleteRecord,
  deleteRecords,
  getRecord,
  listRecords,
  listAllRecords,
  listPartnershipRecords,
  listLogEntries,
  listEveryRecord,
  listRecordRows,
  listLogEntryRows,
  listEveryRow,
  getRows,
  watchRecords,
  countPending,
  listPendingRecords,
  listConflicts,
  countConflicts,
  resolveConflict,
} = repository;

/** Only the valid records of a loaded list. */
export function validRecords<T extends object>(list: readonly LoadedRecord<T>[]): T[] {
  return list.flatMap((item) => (item.ok ? [item.record] : []));
}
