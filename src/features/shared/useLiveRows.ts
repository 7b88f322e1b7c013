// Stored rows for a long list, kept current: read again whenever records of the list's type
// change (in this tab or another). Unlike a Dexie live query, the read starts while the screen
// first renders (not after it has been committed), the result is not copied again for Dexie's
// query cache, and no key range is tracked per row: a list of thousands of rows shows sooner.
// Nothing is kept once no screen shows the list: opening it again reads it again.
import { useCallback, useSyncExternalStore } from 'react';
import { watchRecords, type RecordsChange, type StoredRow } from '../../db';
import { recordTypeOf, type RecordType } from '../../domain';

interface Entry {
  type: RecordType;
  read: () => Promise<StoredRow[]>;
  rows: StoredRow[] | undefined;
  /** The change count of the list's type when the last read started. */
  readAt: number;
  reading: boolean;
  listeners: Set<() => void>;
}

const entries = new Map<string, Entry>();
/** How often records of each type changed (`*`: a change of unknown type, e.g. a cleared table). */
const changeCounts = new Map<RecordType | '*', number>();
let watching = false;

function changesOf(type: RecordType): number {
  return (changeCounts.get(type) ?? 0) + (changeCounts.get('*') ?? 0);
}

function onChange(change: RecordsChange): void {
  const types = new Set<RecordType | '*'>();
  if (change === null) types.add('*');
  else for (const id of change) types.add(recordTypeOf(id) ?? '*');
  for (const type of types) changeCounts.set(type, (changeCounts.get(type) ?? 0) + 1);
  for (const entry of entries.values()) {
    if (entry.readAt !== changesOf(entry.type)) void refresh(entry);
  }
}

async function refresh(entry: Entry): Promise<void> {
  if (entry.reading) return;
  entry.reading = true;
  entry.readAt = changesOf(entry.type);
  try {
    entry.rows = await entry.read();
  } catch (error) {
    // The screen keeps what it showed; the next change reads again.
    console.error(error);
  } finally {
    entry.reading = false;
  }
  for (const listener of [...entry.listeners]) listener();
  // Changed while it was being read: once more.
  if (entry.readAt !== changesOf(entry.type)) void refresh(entry);
}

/** Forget a list no screen shows (after this task: a screen may just be mounting again). */
function forgetLater(key: string, entry: Entry): void {
  setTimeout(() => {
    if (entry.listeners.size === 0 && entries.get(key) === entry) entries.delete(key);
  }, 0);
}

/** The list's entry, made (and its first read started) when a screen first asks for it. */
function entryFor(key: string, type: RecordType, read: () => Promise<StoredRow[]>): Entry {
  const existing = entries.get(key);
  if (existing) return existing;
  if (!watching) {
    watching = true;
    watchRecords(onChange);
  }
  const entry: Entry = {
    type,
    read,
    rows: undefined,
    readAt: -1,
    reading: false,
    listeners: new Set(),
  };
  entries.set(key, entry);
  void refresh(entry);
  forgetLater(key, entry);
  return entry;
}

/**
 * The rows `read` returns, read again after records of `type` changed; undefined until the
 * first read is done. `key` names the read (e.g. `log/<deployment id>`): one read per key.
 */
export function useLiveRows(
  key: string,
  type: RecordType,
  read: () => Promise<StoredRow[]>,
): StoredRow[] | undefined {
  // Started during the first render, so the read runs while React commits the screen.
  const entry = entryFor(key, type, read);
  const subscribe = useCallback(
    (listener: () => void) => {
      entry.listeners.add(listener);
      // Forgotten before the screen subscribed (a slow first render): keep it after all.
      if (entries.get(key) !== entry) entries.set(key, entry);
      if (entry.readAt !== changesOf(entry.type)) void refresh(entry);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0) forgetLater(key, entry);
      };
    },
    [entry, key],
  );
  const rows = useCallback(() => entry.rows, [entry]);
  return useSyncExternalStore(subscribe, rows);
}
