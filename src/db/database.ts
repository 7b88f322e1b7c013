// The device's IndexedDB database: schema versions and the shape of stored rows.
// This folder is the only code that imports Dexie.
import { Dexie, type EntityTable } from 'dexie';
import type { FieldConflict, PhotoPart } from '../domain';

/** Two versions of a record that changed the same fields differently, kept for a person. */
export interface RecordConflict {
  /** The server revision the remote version belongs to; a resolution is pushed on top of it. */
  remoteRev: string;
  /** The server's version (record form), or null when the server deleted the record. */
  remote: Record<string, unknown> | null;
  /** The fields both sides changed differently; the local value is what the row shows. */
  fields: FieldConflict[];
  detectedAt: string;
}

/** The server refused the last push of a record (validate_doc_update or access rules). */
export interface RecordRejection {
  /** The part of the server's reason before ':' (e.g. `review_not_allowed`), or `forbidden`/`unknown`. */
  code: string;
  /** The server's reason as it came, for logs and people. */
  reason: string;
  at: string;
}

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
  /** Set while a conflict waits for a person; such a record is not pushed. Absent = null. */
  conflict?: RecordConflict | null;
  /** 1 while `conflict` is set (indexed, to list open conflicts). Absent = 0. */
  conflicted?: 0 | 1;
  /** Set when the server refused the last push; not pushed again until edited. Absent = null. */
  rejection?: RecordRejection | null;
}

/** The keys of SyncMeta: everything in a row that is not the record itself. */
export const SYNC_META_KEYS = [
  'rev',
  'base',
  'pending',
  'deleted',
  'conflict',
  'conflicted',
  'rejection',
] as const;

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
  /**
   * The values the form started from (the record as it was when editing began), so that saving
   * merges with what changed meanwhile instead of reverting it. Absent in older drafts.
   */
  base?: unknown;
  /**
   * The id a new record gets when it is saved, fixed while its form is open so that what is
   * attached to it before the first save (photos) belongs to it. Absent for edits and older drafts.
   */
  recordId?: string;
  updatedAt: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** How far this device has read a server database's `_changes` feed. */
export interface Checkpoint {
  /** The server and database, see checkpointKey in syncStore.ts. */
  key: string;
  /** `last_seq` of the last `_changes` batch stored (opaque: a string on CouchDB, a number on PouchDB). */
  seq: string | number;
  updatedAt: string;
}

/** The bytes of one image of a photo. ArrayBuffer, not Blob: it clones alike in every browser. */
export interface PhotoBytes {
  data: ArrayBuffer;
  contentType: string;
}

/**
 * Where one image of a photo is: `stored` on this device, `remote` only on the server (not
 * downloaded yet), `unavailable` when the server said it has no such image.
 */
export type PhotoFileState = 'stored' | 'remote' | 'unavailable';

/** An image as the server describes it (an attachment stub of the photo document). */
export interface RemoteAttachment {
  contentType: string;
  /** Bytes; a download of another length is incomplete. */
  length: number;
  digest: string | null;
}

/**
 * The images of a photo record (same id), kept apart from the records so that lists and sync
 * never read bytes they do not need. Deleted together with the photo record.
 */
export interface StoredPhotoFile {
  /** The photo record's id. */
  id: string;
  partnershipId: string;
  /** The scaled picture; null until downloaded on a device that did not take it. */
  full: PhotoBytes | null;
  fullState: PhotoFileState;
  /** The thumbnail for lists; null until downloaded. */
  thumb: PhotoBytes | null;
  thumbState: PhotoFileState;
  /** What the server holds, from the last pulled version's attachment stubs; null until known. */
  remote: Partial<Record<PhotoPart, RemoteAttachment>> | null;
  updatedAt: string;
}

export const DB_NAME = 'klimapartner';

const RECORD_INDEXES_V1 =
  'id, type, partnershipId, [partnershipId+type], [type+updatedAt], deploymentId, targetId, status, fieldOfAction, *fieldsOfAction, updatedAt, pending';

export class KlimapartnerDb extends Dexie {
  records!: EntityTable<StoredRow, 'id'>;
  drafts!: EntityTable<StoredDraft, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  checkpoints!: EntityTable<Checkpoint, 'key'>;
  photoFiles!: EntityTable<StoredPhotoFile, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      records: RECORD_INDEXES_V1,
      drafts: 'key, updatedAt',
      meta: 'key',
    });
    // v2 (sync): conflicts and rejections on the rows, and the pull checkpoints. Indexes no
    // query used are dropped (each costs every write; a pull writes thousands of rows): add one
    // back in a new version together with the query that needs it.
    this.version(2)
      .stores({
        records: 'id, type, partnershipId, [partnershipId+type], deploymentId, pending, conflicted',
        drafts: 'key, updatedAt',
        meta: 'key',
        checkpoints: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('records')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row['conflict'] ??= null;
            row['rejection'] ??= null;
            row['conflicted'] = row['conflict'] ? 1 : 0;
          }),
      );
    // v3 (photos): the images of photo records in their own table, and `targetId` indexed again
    // to find the photos of a log entry or meeting (listPhotos, and deleting them with it).
    this.version(3).stores({
      records:
        'id, type, partnershipId, [partnershipId+type], deploymentId, targetId, pending, conflicted',
      photoFiles: 'id, partnershipId, fullState',
    });
  }
}

export const db = new KlimapartnerDb();
