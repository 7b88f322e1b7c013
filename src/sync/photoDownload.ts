// Fetching photos another device took: one image when a screen shows it (GET /{db}/{docid}/{att}),
// or every picture not on this device yet, one after the other, when a person asks. The images
// are kept in the photoFiles table; a download is never started twice at once.
import { createPhotoRepository, readPhotoFiles, type KlimapartnerDb } from '../db';
import type { PhotoPart } from '../domain';
import type { CouchClient } from './couchClient';
import { CouchHttpError, NetworkError } from './couchErrors';
import { databaseName } from './naming';
import { syncErrorOf, type SyncError } from './replicator';

export interface PhotoDownloadDeps {
  db: KlimapartnerDb;
  client: CouchClient;
}

/**
 * Where the image is afterwards: `stored` on this device, `unavailable` (the server has none), or
 * `gone` (the photo was deleted meanwhile). Network and server problems are thrown (NetworkError,
 * CouchHttpError).
 */
export type PhotoDownloadResult = 'stored' | 'unavailable' | 'gone';

const running = new Map<string, Promise<PhotoDownloadResult>>();

async function download(
  { db, client }: PhotoDownloadDeps,
  photoId: string,
  part: PhotoPart,
): Promise<PhotoDownloadResult> {
  const repository = createPhotoRepository(db);
  const photo = await repository.readPhotoDownload(photoId);
  if (!photo) return 'gone';
  const { files } = photo;
  if (files?.[part]) return 'stored';
  let image: { data: ArrayBuffer; contentType: string };
  try {
    image = await client.getAttachment(databaseName(photo.partnershipId), photoId, part);
  } catch (error) {
    if (!(error instanceof CouchHttpError) || error.status !== 404) throw error;
    return (await repository.storeDownloadedPart(photoId, part, null)) ? 'unavailable' : 'gone';
  }
  const expected = files?.remote?.[part]?.length;
  if (expected !== undefined && expected !== image.data.byteLength) {
    throw new NetworkError(`${photoId}/${part}: ${image.data.byteLength} of ${expected} bytes`);
  }
  return (await repository.storeDownloadedPart(photoId, part, image)) ? 'stored' : 'gone';
}

/** Fetch one image of a photo from the server and keep it (or say why not). */
export function downloadPhotoPart(
  deps: PhotoDownloadDeps,
  photoId: string,
  part: PhotoPart,
): Promise<PhotoDownloadResult> {
  const key = `${deps.db.name}|${photoId}|${part}`;
  const current = running.get(key);
  if (current) return current;
  const next = download(deps, photoId, part).finally(() => running.delete(key));
  running.set(key, next);
  return next;
}

export interface DownloadProgress {
  /** Photos dealt with so far (stored, unavailable or gone). */
  done: number;
  total: number;
}

export interface DownloadAllResult extends DownloadProgress {
  /** Photos the server has no picture for. */
  unavailable: number;
  /** Why it stopped before the end (offline, server …); null when it got through. */
  stoppedBy: SyncError | null;
}

/**
 * Fetch every picture (and thumbnail) only on the server, one photo after the other, reporting
 * progress after each. Stops at the first network or server problem, or when `signal` aborts;
 * what was fetched until then is kept.
 */
export async function downloadAllPhotos(
  deps: PhotoDownloadDeps,
  options: {
    partnershipIds?: readonly string[];
    onProgress?: (progress: DownloadProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<DownloadAllResult> {
  const photos = await createPhotoRepository(deps.db).listPhotosToDownload(options.partnershipIds);
  const result: DownloadAllResult = {
    done: 0,
    total: photos.length,
    unavailable: 0,
    stoppedBy: null,
  };
  options.onProgress?.({ done: 0, total: result.total });
  for (const photo of photos) {
    if (options.signal?.aborted) break;
    try {
      const full = await downloadPhotoPart(deps, photo.id, 'full');
      if (full === 'unavailable') result.unavailable += 1;
      const files = await readPhotoFiles(deps.db, photo.id);
      if (files?.thumbState === 'remote') await downloadPhotoPart(deps, photo.id, 'thumb');
    } catch (error) {
      result.stoppedBy = syncErrorOf(error, photo.partnershipId);
      break;
    }
    result.done += 1;
    options.onProgress?.({ done: result.done, total: result.total });
  }
  return result;
}
