// Names on the CouchDB server derived from a partnership id (`partnership:<ULID>`): the database
// that holds its records and the role that makes a user a member. Mirror of
// server/couch/naming.mjs (tests/sync/naming.test.ts checks both give the same answers).

/** Crockford base32, 26 characters: the ULID part of a record id. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The role of programme coordinators: a member of every partnership database. */
export const COORDINATOR_ROLE = 'coordinator';

/** Prefix of partnership database names (`kp-<ulid in lower case>`). */
export const DATABASE_PREFIX = 'kp-';

/** Prefix of partnership roles (`p-<ULID>`). */
export const ROLE_PREFIX = 'p-';

/** Whether a value is a partnership id: `partnership:` followed by a ULID (upper case). */
export function isPartnershipId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.startsWith('partnership:') &&
    ULID.test(value.slice('partnership:'.length))
  );
}

function ulidOf(partnershipId: string): string {
  if (!isPartnershipId(partnershipId)) {
    throw new TypeError(
      `Not a partnership id (partnership:<ULID>): ${JSON.stringify(partnershipId)}`,
    );
  }
  return partnershipId.slice('partnership:'.length);
}

/** The CouchDB database of a partnership, e.g. `kp-01jdem01000000000000000001`. */
export function databaseName(partnershipId: string): string {
  return DATABASE_PREFIX + ulidOf(partnershipId).toLowerCase();
}

/** The role that makes a user a member of a partnership's database, e.g. `p-01JDEM…`. */
export function partnershipRole(partnershipId: string): string {
  return ROLE_PREFIX + ulidOf(partnershipId);
}

/** The partnership id behind a database name made by databaseName, or undefined. */
export function partnershipIdOfDatabase(name: string): string | undefined {
  if (!name.startsWith(DATABASE_PREFIX)) return undefined;
  const id = `partnership:${name.slice(DATABASE_PREFIX.length).toUpperCase()}`;
  return isPartnershipId(id) && databaseName(id) === name ? id : undefined;
}

/** The partnership id behind a role made by partnershipRole, or undefined (`coordinator` …). */
export function partnershipIdOfRole(role: string): string | undefined {
  if (!role.startsWith(ROLE_PREFIX)) return undefined;
  const id = `partnership:${role.slice(ROLE_PREFIX.length)}`;
  return isPartnershipId(id) ? id : undefined;
}

/** The name the sync contract uses for partnershipIdOfRole. */
export const partnershipIdFromRole = partnershipIdOfRole;
