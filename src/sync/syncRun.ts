// One sync as the engine runs it: confirm the session (and take the current roles), work out the
// user's partnerships, replicate exactly those, and mark the session expired on a 401.
import { isStorageFull, type KlimapartnerDb } from '../db';
import type { CouchClient } from './couchClient';
import { accessiblePartnershipIds, isCoordinator, refreshDirectory } from './partnershipAccess';
import { replicate, type SyncError, type SyncReport } from './replicator';
import { checkSession, markExpired } from './session';

export interface SyncRunDeps {
  db: KlimapartnerDb;
  client: CouchClient;
}

function reportOf(errors: SyncError[]): SyncReport {
  return { pulled: 0, pushed: 0, conflicts: 0, rejected: 0, errors };
}

/**
 * Sync the signed-in user's partnerships; null when nobody is signed in. A full disk while keeping
 * the session or the partnership directory is reported like one during replication.
 */
export async function runSync(
  deps: SyncRunDeps,
  only?: readonly string[],
): Promise<SyncReport | null> {
  try {
    return await syncPartnerships(deps, only);
  } catch (error) {
    if (isStorageFull(error)) return reportOf([{ code: 'quota' }]);
    throw error;
  }
}

async function syncPartnerships(
  { db, client }: SyncRunDeps,
  only?: readonly string[],
): Promise<SyncReport | null> {
  const session = await checkSession({ db, client });
  switch (session.status) {
    case 'signedOut':
      return null;
    case 'expired':
      return reportOf([{ code: 'unauthorized' }]);
    case 'failed':
      return reportOf([session.error]);
  }
  const { user } = session;
  const directory = isCoordinator(user.roles) ? await refreshDirectory(db, client) : [];
  const accessible = accessiblePartnershipIds(user, directory);
  const partnershipIds = only ? accessible.filter((id) => only.includes(id)) : accessible;
  const report = await replicate({ db, client, partnershipIds, user: user.name });
  if (report.errors.some((error) => error.code === 'unauthorized')) await markExpired(db);
  return report;
}
