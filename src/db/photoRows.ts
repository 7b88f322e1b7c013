// Photo rows inside other writes: the photos of a log entry or meeting, and what goes when records
// are deleted. Runs inside the caller's read-write transaction over records and photoFiles.
import { isPhotoTargetId } from '../domain';
import type { KlimapartnerDb, StoredRow } from './database';

/** The live photo rows attached to a record (tombstones left out). */
export async function photoRowsOf(
  database: KlimapartnerDb,
  targetId: string,
): Promise<StoredRow[]> {
  const rows = await database.records.where('targetId').equals(targetId).toArray();
  return rows.filter((row) => row.type === 'photo' && row.deleted !== 1);
}

/**
 * Records about to be deleted take their photos with them: returns the photos of the log entries
 * and meetings among `rows` (those not in `rows` already), to be deleted in the same transaction,
 * and frees the images of every photo that goes.
 */
export async function photosGoingWith(
  database: KlimapartnerDb,
  rows: readonly StoredRow[],
): Promise<StoredRow[]> {
  const deleting = new Set(rows.map((row) => row.id));
  const attached: StoredRow[] = [];
  for (const row of rows) {
    if (row.type === 'photo' || !isPhotoTargetId(row.id)) continue;
    for (const photo of await photoRowsOf(database, row.id)) {
      if (!deleting.has(photo.id)) attached.push(photo);
    }
  }
  const photoIds = [...rows, ...attached].filter((row) => row.type === 'photo').map((r) => r.id);
  if (photoIds.length > 0) await database.photoFiles.bulkDelete(photoIds);
  return attached;
}
