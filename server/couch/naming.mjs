// @ts-check
// Names on the CouchDB server derived from a partnership id (`partnership:<ULID>`): the database
// that holds the partnership's records and the role that makes a user a member of it.
// The app needs the same mapping (src/sync mirrors this module); keep both in step.
// Plain ES2022 without Node APIs, so it can be copied into the browser code as it is.

/** Crockford base32, 26 characters: the ULID part of a record id. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The role of programme coordinators: a member of every partnership database. */
export const COORDINATOR_ROLE = 'coordinator';

/** Prefix of partnership database names (`kp-<ulid in lower case>`). */
export const DATABASE_PREFIX = 'kp-';

/** Prefix of partnership roles (`p-<ULID>`). */
export const ROLE_PREFIX = 'p-';

/**
 * Whether a value is a partnership id: `partnership:` followed by a ULID (upper case).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isPartnershipId(value) {
  return (
    typeof value === 'string' &&
    value.startsWith('partnership:') &&
    ULID.test(value.slice('partnership:'.length))
  );
}

/**
 * The ULID of a partnership id; throws on anything else.
 * @param {string} partnershipId
 * @returns {string}
 */
function ulidOf(partnershipId) {
  if (!isPartnershipId(partnershipId)) {
    throw new TypeError(
      `Not a partnership id (partnership:<ULID>): ${JSON.stringify(partnershipId)}`,
    );
  }
  return partnershipId.slice('partnership:'.length);
}

/**
 * The CouchDB database of a partnership: `kp-` and the ULID in lower case (CouchDB database names
 * must be lower case and start with a letter).
 * @param {string} partnershipId `partnership:<ULID>`
 * @returns {string} e.g. `kp-01jdem01000000000000000001`
 */
export function databaseName(partnershipId) {
  return DATABASE_PREFIX + ulidOf(partnershipId).toLowerCase();
}

/**
 * The role that makes a user a member of a partnership's database.
 * @param {string} partnershipId `partnership:<ULID>`
 * @returns {string} e.g. `p-01JDEM01000000000000000001`
 */
export function partnershipRole(partnershipId) {
  return ROLE_PREFIX + ulidOf(partnershipId);
}

/**
 * The partnership id behind a database name made by {@link databaseName}, or undefined.
 * @param {string} name
 * @returns {string | undefined}
 */
export function partnershipIdOfDatabase(name) {
  if (!name.startsWith(DATABASE_PREFIX)) return undefined;
  const id = `partnership:${name.slice(DATABASE_PREFIX.length).toUpperCase()}`;
  return isPartnershipId(id) && databaseName(id) === name ? id : undefined;
}

/**
 * The partnership id behind a role made by {@link partnershipRole}, or undefined (for `expert`,
 * `coordinator`, `_admin` …). The app derives a user's partnerships from the roles in `_session`.
 * @param {string} role
 * @returns {string | undefined}
 */
export function partnershipIdOfRole(role) {
  if (!role.startsWith(ROLE_PREFIX)) return undefined;
  const id = `partnership:${role.slice(ROLE_PREFIX.length)}`;
  return isPartnershipId(id) ? id : undefined;
}
