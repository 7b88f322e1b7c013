// Push one partnership database: pending rows (no conflict, no rejection) with `_bulk_docs` in
// batches and their known revision. 409 → read the server's versions and merge them like a pull
// (a lost reply retried ends identical: adopted, no conflict), then push what is still waiting.
import {
  applyPulledVersions,
  applyPushOutcomes,
  isPhotoUpload,
  listPushCandidates,
  type PushCandidate,
  type PushOutcome,
  type RemoteVersion,
} from '../db';
import type { BulkDocsResult } from './couchClient';
import { docToPush, rejectionOf, versionOfRow } from './couchDocs';
import type { ReplicationContext } from './replicationContext';

/** Rounds of push → 409 → merge → push in one run; what still waits goes next time. */
const MAX_ROUNDS = 3;

export async function pushDatabase(
  ctx: ReplicationContext,
  partnershipId: string,
  dbName: string,
): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Photo uploads go one by one after the records (photoPush.ts); their deletions go here.
    const candidates = (await listPushCandidates(ctx.db, partnershipId)).filter(
      (candidate) => !isPhotoUpload(candidate),
    );
    if (candidates.length === 0) return;
    let conflicted = false;
    // The next batch is on its way while the previous one's outcome is written.
    let previous: Promise<boolean> = Promise.resolve(false);
    for (let start = 0; start < candidates.length; start += ctx.pushBatchSize) {
      const batch = candidates.slice(start, start + ctx.pushBatchSize);
      const prepared = batch.map((candidate) => ({ candidate, ...docToPush(candidate, ctx.user) }));
      const request = ctx.client.bulkDocs(
        dbName,
        prepared.map((item) => item.doc),
      );
      // Awaited below; if the previous batch fails first, this one must not count as unhandled.
      request.catch(() => undefined);
      if (await previous) conflicted = true;
      previous = storeOutcomes(ctx, partnershipId, dbName, prepared, await request);
    }
    if (await previous) conflicted = true;
    if (!conflicted) return;
  }
}

export type Prepared = { candidate: PushCandidate } & ReturnType<typeof docToPush>;

/** Store what the server said to one batch; returns whether it reported conflicts (merged by now). */
export async function storeOutcomes(
  ctx: ReplicationContext,
  partnershipId: string,
  dbName: string,
  prepared: readonly Prepared[],
  results: readonly BulkDocsResult[],
): Promise<boolean> {
  const outcomes: PushOutcome[] = [];
  const conflicts: string[] = [];
  results.forEach((result, index) => {
    const item = prepared[index];
    if (!item || result.id !== item.candidate.id) return;
    if (result.ok === true) {
      outcomes.push({ candidate: item.candidate, sent: item.sent, ok: true, rev: result.rev });
      ctx.report.pushed += 1;
    } else if (result.error === 'conflict') {
      conflicts.push(item.candidate.id);
    } else {
      outcomes.push({
        candidate: item.candidate,
        sent: item.sent,
        ok: false,
        rejection: rejectionOf(result),
      });
      ctx.report.rejected += 1;
    }
  });
  await applyPushOutcomes(ctx.db, outcomes);
  if (conflicts.length === 0) return false;
  const rows = await ctx.client.allDocs(dbName, conflicts);
  const versions = rows.map(versionOfRow).filter((v): v is RemoteVersion => v !== undefined);
  const merged = await applyPulledVersions(ctx.db, partnershipId, versions);
  ctx.report.conflicts += merged.conflicts.length;
  return true;
}
