// Photos on the device: a photo is a synced record (type `photo`: caption, size, what it belongs
// to), its two images live in the photoFiles table under the same id. Adding writes both in one
// transaction; deleting goes through deleteRecords (recordWrites.ts), which frees the images.
// createPhotoRepository works on any database (two devices in one test process); the exports
// below are the repository of the app's own database.
import { liveQuery } from 'dexie';
import { newRecordId, validateRecord, type Photo, type PhotoPart, type Validated } from '../domain';
import {
  db,
  type KlimapartnerDb,
  type PhotoBytes,
  type PhotoFileState,
  type StoredPhotoFile,
  type StoredRow,
} from './database';
import { loadLive, syncStateOf, type RecordSyncState } from './loading';
import { notifyLocalChange } from './localChanges';
import { readMeta, writeMeta } from './meta';
import { photoRowsOf } from './photoRows';
import { createRecordWrites } from './recordWrites';

export type { PhotoBytes, PhotoFileState, StoredPhotoFile } from './database';

/** A photo as taken on this device, scaled and encoded, ready to store. */
export interface NewPhoto {
  /** The log entry or meeting it belongs to (may be a new one whose form is still open). */
  targetId: string;
  partnershipId: string;
  full: PhotoBytes & { width: number; height: number };
  thumb: PhotoBytes;
  takenAt: string;
  caption?: string;
  user: string;
  /** The language of the caption. */
  lang: string;
}

/** A photo as screens list it: the record, its sync state and where its images are. */
export interface PhotoItem {
  photo: Photo;
  sync: RecordSyncState;
  fullState: PhotoFileState;
  thumbState: PhotoFileState;
}

/** The device-wide photo settings (meta table, not synced). */
export interface PhotoSettings {
  /** Send and fetch photos only on Wi-Fi, never on mobile data (where the browser tells). */
  wifiOnly: boolean;
}

const WIFI_ONLY_KEY = 'photos.wifiOnly';

/** A photo row's images as the screens need to know: stored here, only on the server, or gone. */
function statesOf(files: StoredPhotoFile | undefined, row: StoredRow) {
  // No images row: the photo came from the server before this device knew about images.
  const missing: PhotoFileState = row.rev ? 'remote' : 'unavailable';
  return {
    fullState: files?.fullState ?? missing,
    thumbState: files?.thumbState ?? missing,
  };
}

function byTakenAt(a: PhotoItem, b: PhotoItem): number {
  return a.photo.takenAt.localeCompare(b.photo.takenAt) || a.photo.id.localeCompare(b.photo.id);
}

export function createPhotoRepository(database: KlimapartnerDb) {
  const { saveRecord, deleteRecords } = createRecordWrites(database);

  /** Store a new photo: its record (waiting for sync) and its images, in one transaction. */
  async function addPhoto(input: NewPhoto): Promise<Validated<Photo>> {
    const now = new Date().toISOString();
    const id = newRecordId('photo');
    const validated = validateRecord({
      id,
      type: 'photo',
      partnershipId: input.partnershipId,
      createdAt: now,
      createdBy: input.user,
      updatedAt: now,
      updatedBy: input.user,
      lang: input.lang,
      reviewState: 'unreviewed',
      targetId: input.targetId,
      caption: input.caption ?? '',
      contentType: input.full.contentType,
      width: input.full.width,
      height: input.full.height,
      size: input.full.data.byteLength,
      takenAt: input.takenAt,
    });
    if (!validated.ok) return validated;
    const photo = validated.value as Photo;
    await database.transaction('rw', database.records, database.photoFiles, async () => {
      await database.records.put({
        ...(photo as unknown as StoredRow),
        rev: null,
        base: null,
        pending: 1,
        deleted: 0,
        conflict: null,
        conflicted: 0,
        rejection: null,
      });
      await database.photoFiles.put({
        id,
        partnershipId: input.partnershipId,
        full: { data: input.full.data, contentType: input.full.contentType },
        fullState: 'stored',
        thumb: { data: input.thumb.data, contentType: input.thumb.contentType },
        thumbState: 'stored',
        remote: null,
        updatedAt: now,
      });
    });
    notifyLocalChange({ database: database.name, ids: [id] });
    return { ok: true, value: photo };
  }

  /** The photos of a log entry or meeting, oldest first (broken ones left out). */
  async function listPhotos(targetId: string): Promise<PhotoItem[]> {
    const rows = await photoRowsOf(database, targetId);
    const files = await database.photoFiles.bulkGet(rows.map((row) => row.id));
    const items: PhotoItem[] = [];
    rows.forEach((row, index) => {
      const [loaded] = loadLive<Photo>([row]);
      if (!loaded?.ok) return;
      items.push({ photo: loaded.record, sync: syncStateOf(row), ...statesOf(files[index], row) });
    });
    return items.sort(byTakenAt);
  }

  /** A live photo's row and images row; null when there is no such photo (or it is deleted). */
  async function livePhoto(id: string) {
    const [row, files] = await Promise.all([database.records.get(id), database.photoFiles.get(id)]);
    return row && row.deleted !== 1 && row.type === 'photo' ? { row, files } : null;
  }

  /** One image of a live photo: its bytes when on this device, and where it is; null: no photo. */
  async function readPhotoPart(
    id: string,
    part: PhotoPart,
  ): Promise<{ bytes: PhotoBytes | null; state: PhotoFileState } | null> {
    const photo = await livePhoto(id);
    if (!photo) return null;
    const { row, files } = photo;
    const { fullState, thumbState } = statesOf(files, row);
    return { bytes: files?.[part] ?? null, state: part === 'full' ? fullState : thumbState };
  }

  /** Change a photo's caption (a normal synced edit; the images stay as they are). */
  async function setPhotoCaption(
    photo: Photo,
    caption: string,
    user: string,
  ): Promise<Validated<Photo>> {
    const { targetId, contentType, width, height, size, takenAt } = photo;
    return saveRecord({
      type: 'photo',
      id: photo.id,
      fields: { targetId, caption, contentType, width, height, size, takenAt },
      user,
      lang: photo.lang,
      startedFrom: { targetId, caption: photo.caption, contentType, width, height, size, takenAt },
    });
  }

  /**
   * Photos taken in the form of a new record that is thrown away unsaved go with its draft.
   * Nothing happens when a record with that id exists (it was saved after all).
   */
  async function deleteUnsavedRecordPhotos(recordId: string, user: string): Promise<void> {
    const [saved, photos] = await Promise.all([
      database.records.get(recordId),
      photoRowsOf(database, recordId),
    ]);
    if (saved || photos.length === 0) return;
    await deleteRecords(
      photos.map((row) => row.id),
      user,
    );
  }

  /** What a download needs to know of a live photo: its partnership and images; null: none. */
  async function readPhotoDownload(
    id: string,
  ): Promise<{ partnershipId: string; files: StoredPhotoFile | undefined } | null> {
    const photo = await livePhoto(id);
    return photo && { partnershipId: photo.row.partnershipId, files: photo.files };
  }

  /** Keep a downloaded image, or note that the server has none; only while the photo exists. */
  async function storeDownloadedPart(
    id: string,
    part: PhotoPart,
    bytes: PhotoBytes | null,
  ): Promise<boolean> {
    return database.transaction('rw', database.records, database.photoFiles, async () => {
      const row = await database.records.get(id);
      if (!row || row.deleted === 1 || row.type !== 'photo') return false;
      const now = new Date().toISOString();
      const files: StoredPhotoFile = (await database.photoFiles.get(id)) ?? {
        id,
        partnershipId: row.partnershipId,
        full: null,
        fullState: 'remote',
        thumb: null,
        thumbState: 'remote',
        remote: null,
        updatedAt: now,
      };
      const state: PhotoFileState = bytes ? 'stored' : 'unavailable';
      await database.photoFiles.put(
        part === 'full'
          ? { ...files, full: bytes, fullState: state, updatedAt: now }
          : { ...files, thumb: bytes, thumbState: state, updatedAt: now },
      );
      return true;
    });
  }

  /** The photos whose picture is only on the server, in the given partnerships (all: every one). */
  async function listPhotosToDownload(
    partnershipIds?: readonly string[],
  ): Promise<{ id: string; partnershipId: string; size: number | null }[]> {
    const rows = await database.photoFiles.where('fullState').equals('remote').toArray();
    return rows
      .filter((row) => !partnershipIds || partnershipIds.includes(row.partnershipId))
      .map((row) => ({
        id: row.id,
        partnershipId: row.partnershipId,
        size: row.remote?.full?.length ?? null,
      }));
  }

  /** How many photos wait to be sent, and how many pictures are not on this device yet. */
  async function countPhotoTransfers(): Promise<{ toUpload: number; toDownload: number }> {
    const [pending, toDownload] = await Promise.all([
      database.records.where('pending').equals(1).toArray(),
      database.photoFiles.where('fullState').equals('remote').count(),
    ]);
    const toUpload = pending.filter((row) => row.type === 'photo' && row.deleted !== 1).length;
    return { toUpload, toDownload };
  }

  async function readPhotoSettings(): Promise<PhotoSettings> {
    return { wifiOnly: (await readMeta<unknown>(WIFI_ONLY_KEY, database)) === true };
  }

  async function writePhotoSettings(settings: PhotoSettings): Promise<void> {
    await writeMeta(WIFI_ONLY_KEY, settings.wifiOnly, database);
  }

  /**
   * Which records have photos: the photo ids of every target, oldest first, kept up to date. One
   * query for every list on screen, so a card without photos costs nothing. Returns unsubscribe.
   */
  function watchPhotoIndex(listener: (index: ReadonlyMap<string, string[]>) => void): () => void {
    const subscription = liveQuery(async () => {
      const rows = await database.records.where('type').equals('photo').toArray();
      const live = rows
        .filter((row) => row.deleted !== 1 && typeof row['targetId'] === 'string')
        .sort(
          (a, b) =>
            String(a['takenAt']).localeCompare(String(b['takenAt'])) || a.id.localeCompare(b.id),
        );
      const index = new Map<string, string[]>();
      for (const row of live) {
        const target = row['targetId'] as string;
        index.set(target, [...(index.get(target) ?? []), row.id]);
      }
      return index;
    }).subscribe({
      next: listener,
      error: (error: unknown) => console.error('Photo index failed', error),
    });
    return () => subscription.unsubscribe();
  }

  return {
    addPhoto,
    listPhotos,
    readPhotoPart,
    setPhotoCaption,
    deleteUnsavedRecordPhotos,
    readPhotoDownload,
    storeDownloadedPart,
    listPhotosToDownload,
    countPhotoTransfers,
    readPhotoSettings,
    writePhotoSettings,
    watchPhotoIndex,
  };
}

export type PhotoRepository = ReturnType<typeof createPhotoRepository>;

const repository = createPhotoRepository(db);

export const {
  addPhoto,
  listPhotos,
  readPhotoPart,
  setPhotoCaption,
  deleteUnsavedRecordPhotos,
  readPhotoDownload,
  storeDownloadedPart,
  listPhotosToDownload,
  countPhotoTransfers,
  readPhotoSettings,
  writePhotoSettings,
  watchPhotoIndex,
} = repository;
