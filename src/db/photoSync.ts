// The replicator's access to photos: which photos wait to be uploaded (each with its images, sent
// one by one after the other records), and what a pull tells about the server's images. No
// network here, like syncStore.ts.
import { PHOTO_PARTS } from '../domain';
import type { KlimapartnerDb, RemoteAttachment, StoredPhotoFile, StoredRow } from './database';
import type { RemoteVersion } from './pullMerge';
import { pushCandidateOf, type PushCandidate } from './syncStore';

/** A photo upload goes on its own, with its images; a photo's deletion goes with the records. */
export function isPhotoUpload(candidate: PushCandidate): boolean {
  return candidate.record['type'] === 'photo' && !candidate.deleted;
}

export interface PhotoUpload {
  candidate: PushCandidate;
  /**
   * The log entry or meeting is on the server: only then does the photo go, so a photo taken in
   * the form of an entry not saved yet (or refused) never reaches the server without it.
   */
  targetOnServer: boolean;
}

/** The photos of a partnership waiting to be uploaded, oldest first. */
export async function listPhotoUploads(
  database: KlimapartnerDb,
  partnershipId: string,
): Promise<PhotoUpload[]> {
  const pending = await database.records.where('pending').equals(1).toArray();
  const rows = pending
    .filter(
      (row) =>
        row.type === 'photo' &&
        row.deleted !== 1 &&
        row.partnershipId === partnershipId &&
        !row.conflict &&
        !row.rejection,
    )
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
  const targets = await database.records.bulkGet(rows.map((row) => String(row['targetId'])));
  return rows.map((row, index) => {
    const target = targets[index];
    return {
      candidate: pushCandidateOf(row),
      targetOnServer:
        target !== undefined && target.deleted !== 1 && typeof target.rev === 'string',
    };
  });
}

/** The images of a photo as stored on this device. */
export function readPhotoFiles(
  database: KlimapartnerDb,
  id: string,
): Promise<StoredPhotoFile | undefined> {
  return database.photoFiles.get(id);
}

/**
 * A photo that must be created on the server again (deleted there, kept here for an edit) whose
 * images this device never had cannot be sent: the server's deletion stands, here too (unless the
 * row changed meanwhile).
 */
export async function dropUnsendablePhoto(
  database: KlimapartnerDb,
  candidate: PushCandidate,
): Promise<void> {
  await database.transaction('rw', database.records, database.photoFiles, async () => {
    const row = await database.records.get(candidate.id);
    if (!row || row.updatedAt !== candidate.updatedAt) return;
    await database.records.delete(candidate.id);
    await database.photoFiles.delete(candidate.id);
  });
}

/** Attachment stubs as the local store keeps them (only the known images). */
function remoteImages(version: RemoteVersion): StoredPhotoFile['remote'] {
  const remote: NonNullable<StoredPhotoFile['remote']> = {};
  for (const part of PHOTO_PARTS) {
    const stub: RemoteAttachment | undefined = version.attachments?.[part];
    if (stub) remote[part] = stub;
  }
  return remote;
}

/**
 * Inside applyPulledVersions' transaction: a pulled photo gets a row for its images (not
 * downloaded yet; images already here stay), and every photo learns what the server holds (also
 * one this device uploaded itself, so later updates can name its images as stubs); a removed
 * photo loses its images.
 */
export async function notePulledPhotos(
  database: KlimapartnerDb,
  versions: readonly RemoteVersion[],
  puts: ReadonlyMap<string, StoredRow>,
  deletes: ReadonlySet<string>,
): Promise<void> {
  if (deletes.size > 0) await database.photoFiles.bulkDelete([...deletes]);
  const latest = new Map<string, RemoteVersion>();
  for (const version of versions) {
    // Only photos: records of other types carry no attachments, and a pull of thousands of
    // them must not cost a read of the images table.
    const put = puts.get(version.id);
    if (!deletes.has(version.id) && (version.attachments || put?.type === 'photo')) {
      latest.set(version.id, version);
    }
  }
  if (latest.size === 0) return;
  const ids = [...latest.keys()];
  const [stored, existing] = await Promise.all([
    database.records.bulkGet(ids.filter((id) => !puts.has(id))),
    database.photoFiles.bulkGet(ids),
  ]);
  const rows = new Map(puts);
  for (const row of stored) if (row) rows.set(row.id, row);
  const now = new Date().toISOString();
  const updates: StoredPhotoFile[] = [];
  ids.forEach((id, index) => {
    const row = rows.get(id);
    if (!row || row.type !== 'photo' || row.deleted === 1) return;
    const files = existing[index];
    const version = latest.get(id);
    const remote = version?.attachments ? remoteImages(version) : (files?.remote ?? null);
    const state = (part: 'full' | 'thumb') =>
      files?.[part] ? 'stored' : remote && !remote[part] ? 'unavailable' : 'remote';
    updates.push({
      id,
      partnershipId: row.partnershipId,
      full: files?.full ?? null,
      fullState: state('full'),
      thumb: files?.thumb ?? null,
      thumbState: state('thumb'),
      remote,
      updatedAt: now,
    });
  });
  if (updates.length > 0) await database.photoFiles.bulkPut(updates);
}
