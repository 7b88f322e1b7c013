// The reads screens build on: live records (tombstones left out), broken ones included as errors.
import type { AnyRecord, RecordOf, RecordType } from '../domain';
import type { KlimapartnerDb } from './database';
import { load, loadLive, type LoadedRecord } from './loading';

export function createRecordReads(database: KlimapartnerDb) {
  const { records } = database;

  async function getRecord<T extends object = AnyRecord>(
    id: string,
  ): Promise<LoadedRecord<T> | undefined> {
    const row = await records.get(id);
    return row && row.deleted !== 1 ? load<T>(row) : undefined;
  }

  /** Every live record of a type in a partnership (broken ones included, as errors). */
  async function listRecords<T extends RecordType>(
    type: T,
    partnershipId: string,
  ): Promise<LoadedRecord<RecordOf<T>>[]> {
    return loadLive(await records.where({ partnershipId, type }).toArray());
  }

  /** Every live record of a type on the device, across partnerships. */
  async function listAllRecords<T extends RecordType>(
    type: T,
  ): Promise<LoadedRecord<RecordOf<T>>[]> {
    return loadLive(await records.where('type').equals(type).toArray());
  }

  /** Every live record of a partnership, of all types. */
  async function listPartnershipRecords(partnershipId: string): Promise<LoadedRecord[]> {
    return loadLive(await records.where('partnershipId').equals(partnershipId).toArray());
  }

  /** The log entries of one deployment. */
  async function listLogEntries(
    deploymentId: string,
  ): Promise<LoadedRecord<RecordOf<'logEntry'>>[]> {
    const rows = await records.where('deploymentId').equals(deploymentId).toArray();
    return loadLive(rows.filter((row) => row.type === 'logEntry'));
  }

  /** Every live record on the device, for search. */
  async function listEveryRecord(): Promise<LoadedRecord[]> {
    return loadLive(await records.toArray());
  }

  /** How many changes on this device have not reached the server (deletions included). */
  function countPending(): Promise<number> {
    return records.where('pending').equals(1).count();
  }

  /** The live records with changes that have not reached the server, for the sync page. */
  async function listPendingRecords(): Promise<LoadedRecord[]> {
    return loadLive(await records.where('pending').equals(1).toArray());
  }

  return {
    getRecord,
    listRecords,
    listAllRecords,
    listPartnershipRecords,
    listLogEntries,
    listEveryRecord,
    countPending,
    listPendingRecords,
  };
}
