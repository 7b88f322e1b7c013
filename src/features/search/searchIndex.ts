// The search index of the device: every record validated and prepared for search once (see
// indexRecord), then kept current from the record changes of this and other tabs, so a query
// compares strings in memory instead of reading and validating every record again. Built the
// first time search is opened and kept for the session; changes made while search is closed wait
// and are applied when it opens again.
import { useSyncExternalStore } from 'react';
import {
  getRows,
  listEveryRow,
  loadRows,
  watchRecords,
  type LoadedRecord,
  type RecordsChange,
  type StoredRow,
} from '../../db';
import type { Partnership } from '../../domain';
import { indexRecord, type IndexedRecord } from './searchRecords';

/** What a search reads: new maps after every change, so React sees the change. */
export interface SearchIndexSnapshot {
  records: ReadonlyMap<string, IndexedRecord>;
  /** Every partnership row on the device, broken ones too (which are shown is decided by roles). */
  partnershipRows: ReadonlyMap<string, LoadedRecord>;
  /** The valid partnerships, to name a hit's partnership. */
  partnerships: ReadonlyMap<string, Partnership>;
}

/** Rows validated and prepared between two breaks, so typing stays responsive meanwhile. */
const SLICE = 400;

/** More changed records than this waiting: read everything again instead. */
const REBUILD_AFTER = 2000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface IndexMaps {
  records: Map<string, IndexedRecord>;
  partnershipRows: Map<string, LoadedRecord>;
  partnerships: Map<string, Partnership>;
}

function emptyMaps(): IndexMaps {
  return { records: new Map(), partnershipRows: new Map(), partnerships: new Map() };
}

function copyMaps(from: SearchIndexSnapshot): IndexMaps {
  return {
    records: new Map(from.records),
    partnershipRows: new Map(from.partnershipRows),
    partnerships: new Map(from.partnerships),
  };
}

function remove(maps: IndexMaps, id: string): void {
  maps.records.delete(id);
  maps.partnershipRows.delete(id);
  maps.partnerships.delete(id);
}

function add(maps: IndexMaps, loaded: LoadedRecord): void {
  const type = loaded.ok ? loaded.record.type : loaded.type;
  if (type === 'partnership') maps.partnershipRows.set(loaded.id, loaded);
  if (!loaded.ok) return;
  if (loaded.record.type === 'partnership') maps.partnerships.set(loaded.id, loaded.record);
  const entry = indexRecord(loaded.record);
  if (entry) maps.records.set(loaded.id, entry);
}

/** Validates and prepares rows a slice at a time, giving the browser a turn in between. */
async function addRows(maps: IndexMaps, rows: readonly StoredRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += SLICE) {
    if (start > 0) await nextTask();
    for (const loaded of loadRows(rows.slice(start, start + SLICE))) add(maps, loaded);
  }
}

function createSearchIndex() {
  const listeners = new Set<() => void>();
  let snapshot: SearchIndexSnapshot | undefined;
  let watching = false;
  let running = false;
  /** Changes seen while the index was being updated; null: read everything again. */
  let queued: Set<string> | null | undefined;
  /** Records changed while search was closed: the index is not shown until they are in. */
  let behind = false;

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  /** Builds the index anew (ids null) or updates the changed records; each result is new maps. */
  async function update(ids: ReadonlySet<string> | null): Promise<void> {
    let maps: IndexMaps;
    if (ids === null || snapshot === undefined) {
      maps = emptyMaps();
      await addRows(maps, await listEveryRow());
    } else {
      const rows = await getRows([...ids]);
      maps = copyMaps(snapshot);
      for (const id of ids) remove(maps, id);
      await addRows(maps, rows);
    }
    snapshot = maps;
    notify();
  }

  async function drain(): Promise<void> {
    running = true;
    while (queued !== undefined) {
      const next = queued;
      queued = undefined;
      try {
        await update(next);
      } catch (error) {
        // The index stays as it was; the next change, or opening search again, tries again.
        console.error(error);
        if (snapshot === undefined) break;
      }
    }
    running = false;
    if (behind && queued === undefined) {
      behind = false;
      notify();
    }
  }

  function onChange(change: RecordsChange): void {
    if (change === null || queued === null) {
      queued = null;
    } else {
      queued ??= new Set();
      for (const id of change) queued.add(id);
      // Many changes (a first sync) are read faster all at once than one by one.
      if (queued.size > REBUILD_AFTER) queued = null;
    }
    // While search is closed the changes only wait: they are applied when it opens again.
    if (listeners.size === 0) behind = snapshot !== undefined;
    else if (!running) void drain();
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (!watching) {
        watching = true;
        watchRecords(onChange);
      }
      if (snapshot === undefined && !running) onChange(null);
      else if (queued !== undefined && !running) void drain();
      return () => {
        listeners.delete(listener);
      };
    },
    /** undefined until the first build has finished, and until changes made meanwhile are in. */
    getSnapshot(): SearchIndexSnapshot | undefined {
      return behind ? undefined : snapshot;
    },
  };
}

const searchIndex = createSearchIndex();

/** The device's search index; undefined while it is first built. */
export function useSearchIndex(): SearchIndexSnapshot | undefined {
  return useSyncExternalStore(searchIndex.subscribe, searchIndex.getSnapshot);
}
