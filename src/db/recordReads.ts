// The reads screens build on: live records (tombstones left out), broken ones included as errors.
// Long lists read rows (validated when shown, see `loadRows`) instead of whole validated lists,
// and search keeps its index current with `watchRecords`.
import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import * as v from 'valibot';
import {
  FIELD_SCHEMAS,
  isRecordId,
  type AnyRecord,
  type FieldsOf,
  type RecordOf,
  type RecordType,
} from '../domain';
import type { KlimapartnerDb, StoredRow } from './database';
import { load, loadLive, type LoadedRecord } from './loading';

const live = (rows: readonly StoredRow[]) => rows.filter((row) => row.deleted !== 1);

/** Which record ids changed: a list, or null when a whole range did (a table cleared). */
export type RecordsChange = readonly string[] | null;

/** The ids in the primary-key part of a Dexie mutation set; null when a range is not single keys. */
function changedIds(tree: IntervalTree): RecordsChange {
  const ids: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    ids.push(node.from);
  }
  return ids;
}

type ObjectFieldSchema = v.ObjectSchema<v.ObjectEntries, undefined>;
const partSchemas = new Map<string, v.GenericSchema>();

/** The object schema of a type's fields reduced to some of them (built once per type and keys). */
function partSchema(type: RecordType, keys: readonly string[]): v.GenericSchema {
  const cacheKey = `${type}:${keys.join(',')}`;
  let schema = partSchemas.get(cacheKey);
  if (!schema) {
    const full = FIELD_SCHEMAS[type];
    const objectSchema = ('pipe' in full ? full.pipe[0] : full) as unknown as ObjectFieldSchema;
    schema = v.pick(objectSchema, keys as never);
    partSchemas.set(cacheKey, schema);
  }
  return schema;
}

/**
 * Some fields of a stored row, checked with the type's own schema (defaults filled in as on a full
 * read), for lists that sort and filter many rows but show only a few: undefined when one of them
 * is invalid or the row's id is not of the type. The shown rows are loaded in full (`loadRows`).
 */
export function checkRowFields<T extends RecordType, K extends keyof FieldsOf<T> & string>(
  type: T,
  row: StoredRow,
  keys: readonly K[],
): Pick<FieldsOf<T>, K> | undefined {
  if (row.type !== type || !isRecordId(row.id, type)) return undefined;
  const result = v.safeParse(partSchema(type, keys), row);
  return result.success ? (result.output as Pick<FieldsOf<T>, K>) : undefined;
}

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

  /**
   * Reads rows in a transaction of its own. Inside a live query that also keeps Dexie's query
   * cache out: it would deep-copy every row of a long list on each read.
   */
  function readRows(read: () => Promise<StoredRow[]>): Promise<StoredRow[]> {
    return database.transaction('r', database.records, async () => live(await read()));
  }

  /**
   * The rows of an index key, asked from IndexedDB at once when the database is open: Dexie
   * would start the request only after the code running now (a screen rendering) has finished,
   * so the read and the rendering could not overlap. Otherwise, or if that fails, through Dexie.
   */
  function readIndexNow(index: string, key: IDBValidKey, read: () => Promise<StoredRow[]>) {
    let request: IDBRequest<StoredRow[]>;
    try {
      if (!database.isOpen()) return readRows(read);
      const store = database.backendDB().transaction('records', 'readonly').objectStore('records');
      request = store.index(index).getAll(key) as IDBRequest<StoredRow[]>;
    } catch {
      return readRows(read);
    }
    return new Promise<StoredRow[]>((resolve) => {
      request.onsuccess = () => resolve(live(request.result));
      request.onerror = (event) => {
        event.preventDefault();
        resolve(readRows(read));
      };
    });
  }

  /** The live rows of a type in a partnership, unvalidated: for long lists (see loadRows). */
  function listRecordRows(type: RecordType, partnershipId: string): Promise<StoredRow[]> {
    return readIndexNow('[partnershipId+type]', [partnershipId, type], () =>
      records.where({ partnershipId, type }).toArray(),
    );
  }

  /** The live log entry rows of one deployment, unvalidated. */
  async function listLogEntryRows(deploymentId: string): Promise<StoredRow[]> {
    const rows = await readIndexNow('deploymentId', deploymentId, () =>
      records.where('deploymentId').equals(deploymentId).toArray(),
    );
    return rows.filter((row) => row.type === 'logEntry');
  }

  /** Every live row on the device, unvalidated (the search index validates them as it goes). */
  function listEveryRow(): Promise<StoredRow[]> {
    return readRows(() => records.toArray());
  }

  /** The live rows of the given ids (missing or deleted ones left out). */
  async function getRows(ids: readonly string[]): Promise<StoredRow[]> {
    const rows = await database.transaction('r', records, () => records.bulkGet([...ids]));
    return live(rows.filter((row): row is StoredRow => row !== undefined));
  }

  /**
   * Calls `listener` after records of this database changed, in this tab or another (Dexie
   * passes changes between tabs): with their ids, or null when a whole range changed. Returns
   * the unsubscribe function.
   */
  function watchRecords(listener: (change: RecordsChange) => void): () => void {
    const part = `idb://${database.name}/records/`;
    const onMutated = (parts: ObservabilitySet) => {
      const tree = parts[part];
      if (tree && tree.d > 0) listener(changedIds(tree));
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
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
    listRecordRows,
    listLogEntryRows,
    listEveryRow,
    getRows,
    watchRecords,
    countPending,
    listPendingRecords,
  };
}

/** Rows loaded as records: validated, broken ones as errors, tombstones left out. */
export function loadRows<T extends object = AnyRecord>(
  rows: readonly StoredRow[],
): LoadedRecord<T>[] {
  return loadLive<T>(rows);
}
