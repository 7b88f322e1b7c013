// Push the waiting photos of one partnership database, after its other records: one request per
// photo (`_bulk_docs` with that one document, its images inline or as stubs, see photoDocs.ts),
// each outcome stored before the next photo goes. An interrupted upload so loses at most the
// photo on its way, and the next run goes on from there. A photo waits while its log entry or
// meeting is not on the server, and while the "only on Wi-Fi" setting holds it back.
import { dropUnsendablePhoto, listPhotoUploads, readPhotoFiles } from '../db';
import { photoDocToPush } from './photoDocs';
import { storeOutcomes } from './push';
import type { ReplicationContext } from './replicationContext';

export async function pushPhotos(
  ctx: ReplicationContext,
  partnershipId: string,
  dbName: string,
): Promise<void> {
  const uploads = (await listPhotoUploads(ctx.db, partnershipId)).filter(
    (upload) => upload.targetOnServer,
  );
  if (uploads.length === 0) return;
  if (!ctx.photosAllowed) {
    ctx.report.photosWaiting = (ctx.report.photosWaiting ?? 0) + uploads.length;
    return;
  }
  for (const { candidate } of uploads) {
    // Images are read one photo at a time, never all of them at once.
    const files = await readPhotoFiles(ctx.db, candidate.id);
    const prepared = photoDocToPush(candidate, ctx.user, files);
    if (!prepared) {
      await dropUnsendablePhoto(ctx.db, candidate);
      continue;
    }
    const results = await ctx.client.bulkDocs(dbName, [prepared.doc]);
    await storeOutcomes(ctx, partnershipId, dbName, [{ candidate, ...prepared }], results);
  }
}
