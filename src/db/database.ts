// The device's IndexedDB database: schema versions and the shape of stored rows.
// This folder is the only code that imports Dexie.
import { Dexie, type EntityTable } from 'dexie';

/** What sync needs to know about each record, stored next to its fields. */
export interface SyncMeta {
  /** The server's revision (CouchDB `_rev`) of the version this device last received or sent. */
  rev: string | null;
  /** The record as last agreed with the server: the common ancestor for a three-way merge. */
  base: Record<string, unknown> | null;
  /** 1 while a local change has not reached the server (a number, so it can be indexed). */
  pending: 0 | 1;
  /** 1 once deleted on this device: a tombstone kept until the deletion is synced. */
  deleted: 0 | 1;
}

/**
 * A stored record: its fields at the top level (so Dexie can index them) plus sync meta.
 * Typed loosely on purpose: what IndexedDB holds is validated on every read.
 */
export type StoredRow = Record<string, unknown> &
  SyncMeta & { id: string; type: string; partnershipId: string; updatedAt: string };

/** Unsaved form input, kept until the person saves or discards it. */
export interface StoredDraft {
  /** Which form: e.g. `measure:new:partnership:01…` or the id of the record being edited. */
  key: string;
  /** The route that shows the form, to take a person back to it. */
  route: string;
  /** The form's values, in the shape the form edits. */
  values: unknown;
  /** The field that had the focus and the caret in it, to put the person back where they were. */
  focus: { field: string; start: number | null; end: number | null } | null;
  updatedAt: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const DB_NAME = 'klimapartner';

export class KlimapartnerDb extends Dexie {
  records!: EntityTable<StoredRow, 'id'>;
  drafts!: EntityTable<StoredDraft, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      records:
        'id, type, partnershipId, [partnershipId+type], [type+updatedAt], deploymentId, targetId, status, fieldOfAction, *fieldsOfAction, updatedAt, pending',
      drafts: 'key, updatedAt',
      meta: 'key',
    });
  }
}

export const db = new KlimapartnerDb();
