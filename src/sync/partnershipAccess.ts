// Which partnerships a user has: a member those of its `p-<ULID>` roles, a coordinator every
// partnership in the server's directory (`kp-directory`, readable by coordinators). The sync
// engine syncs exactly these; the partnership list shows them (plus what never left the device).
import { readMeta, writeMeta, type KlimapartnerDb } from '../db';
import type { SessionUser } from './accountStore';
import type { CouchClient } from './couchClient';
import { COORDINATOR_ROLE, isPartnershipId, partnershipIdOfRole } from './naming';

/** The directory database on the server (server/couch/provisioning.mjs: DIRECTORY_DB). */
export const DIRECTORY_DATABASE = 'kp-directory';

/** Where the last directory read is kept, so a coordinator sees all partnerships offline too. */
export const DIRECTORY_META_KEY = 'sync.directory';

const DIRECTORY_BATCH = 500;

export function isCoordinator(roles: readonly string[]): boolean {
  return roles.includes(COORDINATOR_ROLE);
}

/** The partnerships the user's roles make it a member of. */
export function memberPartnershipIds(roles: readonly string[]): string[] {
  return roles.flatMap((role) => {
    const id = partnershipIdOfRole(role);
    return id ? [id] : [];
  });
}

/** The partnerships a user sees and syncs, in a stable order. */
export function accessiblePartnershipIds(
  user: SessionUser,
  directory: readonly string[],
): string[] {
  const ids = new Set(memberPartnershipIds(user.roles));
  if (isCoordinator(user.roles)) for (const id of directory) ids.add(id);
  return [...ids];
}

/** The partnership ids listed in the server's directory (read through its `_changes`). */
export async function fetchDirectory(client: Pick<CouchClient, 'changes'>): Promise<string[]> {
  const ids = new Set<string>();
  let since: string | number = 0;
  for (;;) {
    const batch = await client.changes(DIRECTORY_DATABASE, { since, limit: DIRECTORY_BATCH });
    for (const row of batch.results) {
      if (row.deleted) ids.delete(row.id);
      else if (isPartnershipId(row.id)) ids.add(row.id);
    }
    if (batch.results.length < DIRECTORY_BATCH) break;
    since = batch.last_seq;
  }
  return [...ids].sort();
}

/** The directory as last read from the server (empty when never read). */
export async function readDirectory(db: KlimapartnerDb): Promise<string[]> {
  const value = await readMeta(DIRECTORY_META_KEY, db);
  return Array.isArray(value) ? value.filter(isPartnershipId) : [];
}

/** Read the directory from the server and keep it; on failure the kept one is used. */
export async function refreshDirectory(
  db: KlimapartnerDb,
  client: Pick<CouchClient, 'changes'>,
): Promise<string[]> {
  try {
    const ids = await fetchDirectory(client);
    const stored = await readDirectory(db);
    if (JSON.stringify(ids) !== JSON.stringify(stored)) {
      await writeMeta(DIRECTORY_META_KEY, ids, db);
    }
    return ids;
  } catch (error) {
    console.warn('Partnership directory not read', error);
    return readDirectory(db);
  }
}

/**
 * Whether a partnership on the device is shown. Signed out (`accessible` null): everything, as
 * nothing is hidden before the first sign-in. Signed in: the partnerships the roles give, plus
 * those created here that never reached a server.
 */
export function isPartnershipShown(
  accessible: ReadonlySet<string> | null,
  partnershipId: string,
  neverSynced: boolean,
): boolean {
  return accessible === null || accessible.has(partnershipId) || neverSynced;
}

/** The partnerships the stored user may see (null when signed out), read from the device only. */
export async function readAccessiblePartnershipIds(
  db: KlimapartnerDb,
  user: SessionUser | null,
): Promise<string[] | null> {
  if (!user) return null;
  const directory = isCoordinator(user.roles) ? await readDirectory(db) : [];
  return accessiblePartnershipIds(user, directory);
}
