// @ts-check
// Provisioning over CouchDB's HTTP API (plain fetch, no PouchDB), for any CouchDB 3 server and for
// the embedded one alike: a partnership's database, its _security, the validation design document
// and users with their roles. Every step reads first and writes only when something differs, so a
// second run changes nothing and says so.
import { designDocument, DESIGN_DOC_ID } from './designDoc.mjs';
import { COORDINATOR_ROLE, databaseName, partnershipRole } from './naming.mjs';

/** A CouchDB answer that was not what a step expected. */
export class CouchError extends Error {
  /**
   * @param {string} what what was attempted, e.g. `PUT /kp-…/_security`
   * @param {number} status HTTP status
   * @param {unknown} body parsed JSON body (CouchDB: {error, reason})
   */
  constructor(what, status, body) {
    const detail =
      typeof body === 'object' && body !== null && 'error' in body
        ? `${String(body.error)}: ${'reason' in body ? String(body.reason) : ''}`
        : JSON.stringify(body);
    super(`${what} failed with HTTP ${status} (${detail})`);
    this.name = 'CouchError';
    this.status = status;
    this.body = body;
  }
}

/**
 * @typedef {object} CouchResponse
 * @property {number} status
 * @property {any} body parsed JSON, or null when the body is empty or not JSON
 */

/**
 * @typedef {object} CouchClient
 * @property {string} url base URL without trailing slash
 * @property {(method: string, path: string, body?: unknown, options?: { anonymous?: boolean }) => Promise<CouchResponse>} request
 *   `path` starts with `/` and is already URL-encoded; `anonymous` leaves out the credentials.
 */

/**
 * A minimal CouchDB HTTP client that sends the admin's credentials with HTTP Basic auth on every
 * request (CouchDB 3 accepts it by default; no session state to keep).
 * @param {{ url: string, name: string, password: string, fetch?: typeof fetch }} options
 * @returns {CouchClient}
 */
export function couchClient({ url, name, password, fetch: fetchImpl = globalThis.fetch }) {
  const base = url.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}`;
  return {
    url: base,
    async request(method, path, body, { anonymous = false } = {}) {
      /** @type {Record<string, string>} */
      const headers = { Accept: 'application/json' };
      if (!anonymous) headers['Authorization'] = authorization;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetchImpl(base + path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      /** @type {unknown} */
      let parsed;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        parsed = text;
      }
      return { status: response.status, body: parsed };
    },
  };
}

/** @typedef {'created' | 'updated' | 'unchanged'} ChangeAction */

/**
 * @typedef {object} Change
 * @property {'database' | 'security' | 'design' | 'user' | 'directory'} kind
 * @property {string} name database name, design document id, user name or (directory) partnership id
 * @property {ChangeAction} action
 * @property {string} [detail] what changed, for the report
 */

/**
 * @typedef {object} ProvisionReport
 * @property {Change[]} changes one entry per step, in order
 * @property {boolean} changed whether any step wrote something
 */

/**
 * Creates a database unless it exists.
 * @param {CouchClient} client
 * @param {string} db database name
 * @returns {Promise<Change>}
 */
export async function ensureDatabase(client, db) {
  const path = `/${encodeURIComponent(db)}`;
  const head = await client.request('GET', path);
  if (head.status === 200) return { kind: 'database', name: db, action: 'unchanged' };
  if (head.status !== 404) throw new CouchError(`GET ${path}`, head.status, head.body);
  const created = await client.request('PUT', path);
  // 201 created, 202 accepted (cluster without quorum yet); 412 if it appeared meanwhile.
  if (created.status === 201 || created.status === 202) {
    return { kind: 'database', name: db, action: 'created' };
  }
  if (created.status === 412) return { kind: 'database', name: db, action: 'unchanged' };
  throw new CouchError(`PUT ${path}`, created.status, created.body);
}

/**
 * @typedef {object} SecuritySection
 * @property {string[]} names
 * @property {string[]} roles
 */

/**
 * @typedef {object} SecurityObject
 * @property {SecuritySection} admins
 * @property {SecuritySection} members
 */

/**
 * The _security a partnership database needs: members are the partnership's role and the
 * coordinators; admins are the server admins only.
 * @param {string} partnershipId
 * @returns {SecurityObject}
 */
export function securityFor(partnershipId) {
  return {
    admins: { names: [], roles: ['_admin'] },
    members: { names: [], roles: [partnershipRole(partnershipId), COORDINATOR_ROLE] },
  };
}

/**
 * @param {unknown} value
 * @returns {string[]}
 */
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/**
 * @param {unknown} section
 * @returns {SecuritySection}
 */
function sectionOf(section) {
  const object = typeof section === 'object' && section !== null ? section : {};
  return {
    names: stringList('names' in object ? object.names : undefined),
    roles: stringList('roles' in object ? object.roles : undefined),
  };
}

/**
 * @param {string[]} have
 * @param {string[]} want
 * @returns {string[]} `have` plus what is missing from `want`, in that order
 */
function union(have, want) {
  return [...have, ...want.filter((item) => !have.includes(item))];
}

/**
 * Makes a database's _security contain the wanted names and roles. Names and roles that are
 * there already (added by hand, say) are kept; nothing is removed.
 * @param {CouchClient} client
 * @param {string} db
 * @param {SecurityObject} wanted
 * @returns {Promise<Change>}
 */
export async function ensureSecurity(client, db, wanted) {
  const path = `/${encodeURIComponent(db)}/_security`;
  const current = await client.request('GET', path);
  if (current.status !== 200) throw new CouchError(`GET ${path}`, current.status, current.body);
  const body = typeof current.body === 'object' && current.body !== null ? current.body : {};
  const have = { admins: sectionOf(body.admins), members: sectionOf(body.members) };
  /** @type {SecurityObject} */
  const next = {
    admins: {
      names: union(have.admins.names, wanted.admins.names),
      roles: union(have.admins.roles, wanted.admins.roles),
    },
    members: {
      names: union(have.members.names, wanted.members.names),
      roles: union(have.members.roles, wanted.members.roles),
    },
  };
  const isSame =
    JSON.stringify(next) === JSON.stringify(have) &&
    typeof body.admins === 'object' &&
    typeof body.members === 'object';
  if (isSame) return { kind: 'security', name: db, action: 'unchanged' };
  const written = await client.request('PUT', path, { ...body, ...next });
  if (written.status !== 200) throw new CouchError(`PUT ${path}`, written.status, written.body);
  return {
    kind: 'security',
    name: db,
    action: 'updated',
    detail: `members: roles ${next.members.roles.join(', ')}`,
  };
}

/**
 * Writes the validation design document unless the stored one is the same. Other fields of a
 * stored design document (views added by hand, say) are kept.
 * @param {CouchClient} client
 * @param {string} db
 * @param {{ _id: string, language: 'javascript', validate_doc_update: string, partnershipId?: string }} wanted
 * @returns {Promise<Change>}
 */
export async function ensureDesignDocument(client, db, wanted) {
  const path = `/${encodeURIComponent(db)}/${wanted._id}`;
  const current = await client.request('GET', path);
  /** @type {Record<string, unknown> | undefined} */
  let stored;
  if (current.status === 200) stored = current.body;
  else if (current.status !== 404)
    throw new CouchError(`GET ${path}`, current.status, current.body);

  const fields = /** @type {const} */ (['language', 'partnershipId', 'validate_doc_update']);
  if (stored && fields.every((field) => stored[field] === wanted[field])) {
    return { kind: 'design', name: `${db}/${wanted._id}`, action: 'unchanged' };
  }
  const written = await client.request('PUT', path, { ...stored, ...wanted });
  if (written.status !== 201 && written.status !== 202) {
    throw new CouchError(`PUT ${path}`, written.status, written.body);
  }
  return { kind: 'design', name: `${db}/${wanted._id}`, action: stored ? 'updated' : 'created' };
}

/**
 * @typedef {object} UserSpec
 * @property {string} name
 * @property {string[]} roles roles the user must have (existing other roles are kept)
 * @property {string} [password] required for a new user; for an existing one, set only if given
 *   and different from the current password
 */

/**
 * Whether a user can sign in with a password (POST /_session without admin credentials).
 * @param {CouchClient} client
 * @param {string} name
 * @param {string} password
 */
async function passwordWorks(client, name, password) {
  const session = await client.request(
    'POST',
    '/_session',
    { name, password },
    { anonymous: true },
  );
  return session.status === 200;
}

/**
 * Creates a user in _users or brings an existing one up to date: adds missing roles (never removes
 * any) and sets the password only when one is given and it does not work yet.
 * @param {CouchClient} client
 * @param {UserSpec} user
 * @returns {Promise<Change>}
 */
export async function ensureUser(client, { name, roles, password }) {
  if (!name || name.startsWith('_') || name.includes(':')) {
    throw new TypeError(`Invalid user name: ${JSON.stringify(name)}`);
  }
  const id = `org.couchdb.user:${name}`;
  const path = `/_users/${encodeURIComponent(id)}`;
  const current = await client.request('GET', path);

  if (current.status === 404) {
    if (password === undefined || password === '') {
      throw new Error(`User "${name}" does not exist yet: a password is needed to create it.`);
    }
    const created = await client.request('PUT', path, {
      _id: id,
      name,
      type: 'user',
      roles,
      password,
    });
    if (created.status !== 201 && created.status !== 202) {
      throw new CouchError(`PUT ${path}`, created.status, created.body);
    }
    return { kind: 'user', name, action: 'created', detail: `roles ${roles.join(', ')}` };
  }
  if (current.status !== 200) throw new CouchError(`GET ${path}`, current.status, current.body);

  /** @type {Record<string, unknown>} */
  const stored = current.body;
  const storedRoles = stringList(stored['roles']);
  const nextRoles = union(storedRoles, roles);
  const addedRoles = nextRoles.slice(storedRoles.length);
  const newPassword =
    password !== undefined && password !== '' && !(await passwordWorks(client, name, password));
  if (addedRoles.length === 0 && !newPassword) return { kind: 'user', name, action: 'unchanged' };

  // Sending the stored document back keeps its password hash; `password` replaces it.
  const written = await client.request('PUT', path, {
    ...stored,
    roles: nextRoles,
    ...(newPassword ? { password } : {}),
  });
  if (written.status !== 201 && written.status !== 202) {
    throw new CouchError(`PUT ${path}`, written.status, written.body);
  }
  const details = [
    ...(addedRoles.length > 0 ? [`added roles ${addedRoles.join(', ')}`] : []),
    ...(newPassword ? ['new password'] : []),
  ];
  return { kind: 'user', name, action: 'updated', detail: details.join('; ') };
}

/** The directory of partnerships: one document per partnership, read by coordinators. */
export const DIRECTORY_DB = 'kp-directory';

/** The directory's design document: its validation lets only server admins write. */
export const DIRECTORY_DESIGN_DOC_ID = '_design/directory';

const DIRECTORY_VALIDATION = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') === -1) {
    throw { forbidden: 'admin_only: only server admins change the partnership directory' };
  }
}
`;

/**
 * The directory's _security: coordinators may read it (members); only server admins write, which
 * the design document's validation enforces (CouchDB lets members write documents otherwise).
 * @returns {SecurityObject}
 */
export function directorySecurity() {
  return {
    admins: { names: [], roles: ['_admin'] },
    members: { names: [], roles: [COORDINATOR_ROLE] },
  };
}

/**
 * Creates or updates the directory database, its _security and its validation.
 * @param {CouchClient} client admin credentials needed
 * @returns {Promise<Change[]>}
 */
export async function ensureDirectory(client) {
  return [
    await ensureDatabase(client, DIRECTORY_DB),
    await ensureSecurity(client, DIRECTORY_DB, directorySecurity()),
    await ensureDesignDocument(client, DIRECTORY_DB, {
      _id: DIRECTORY_DESIGN_DOC_ID,
      language: 'javascript',
      validate_doc_update: DIRECTORY_VALIDATION,
    }),
  ];
}

/**
 * Lists a partnership in the directory: `{ _id: partnershipId, databaseName }`. Other fields of a
 * stored entry are kept.
 * @param {CouchClient} client admin credentials needed
 * @param {string} partnershipId
 * @returns {Promise<Change>}
 */
export async function ensureDirectoryEntry(client, partnershipId) {
  const wanted = databaseName(partnershipId);
  const path = `/${DIRECTORY_DB}/${encodeURIComponent(partnershipId)}`;
  const current = await client.request('GET', path);
  if (current.status !== 200 && current.status !== 404) {
    throw new CouchError(`GET ${path}`, current.status, current.body);
  }
  /** @type {Record<string, unknown> | undefined} */
  const stored = current.status === 200 ? current.body : undefined;
  if (stored && stored['databaseName'] === wanted) {
    return { kind: 'directory', name: partnershipId, action: 'unchanged' };
  }
  const written = await client.request('PUT', path, {
    ...stored,
    _id: partnershipId,
    databaseName: wanted,
  });
  if (written.status !== 201 && written.status !== 202) {
    throw new CouchError(`PUT ${path}`, written.status, written.body);
  }
  return {
    kind: 'directory',
    name: partnershipId,
    action: stored ? 'updated' : 'created',
    detail: `database ${wanted}`,
  };
}

/**
 * Provisions one partnership: its database, _security, validation design document, its entry in
 * the coordinators' directory (kp-directory, set up first if needed), and the given users (the
 * users database is created first if the server has none yet).
 * @param {CouchClient} client admin credentials needed
 * @param {{ partnershipId: string, users?: readonly UserSpec[] }} options
 * @returns {Promise<ProvisionReport>}
 */
export async function provisionPartnership(client, { partnershipId, users = [] }) {
  const db = databaseName(partnershipId);
  /** @type {Change[]} */
  const changes = [];
  changes.push(await ensureDatabase(client, db));
  changes.push(await ensureSecurity(client, db, securityFor(partnershipId)));
  changes.push(await ensureDesignDocument(client, db, designDocument(partnershipId)));
  // The directory's own set-up is reported only when it changed (like `_users` below).
  for (const change of await ensureDirectory(client)) {
    if (change.action !== 'unchanged') changes.push(change);
  }
  changes.push(await ensureDirectoryEntry(client, partnershipId));
  if (users.length > 0) {
    const usersDb = await ensureDatabase(client, '_users');
    if (usersDb.action !== 'unchanged') changes.push(usersDb);
    for (const user of users) changes.push(await ensureUser(client, user));
  }
  return { changes, changed: changes.some((change) => change.action !== 'unchanged') };
}

/**
 * One line per step, for a terminal.
 * @param {ProvisionReport} report
 * @returns {string}
 */
export function formatReport(report) {
  const lines = report.changes.map(
    (change) =>
      `  ${change.action.padEnd(9)} ${change.kind.padEnd(8)} ${change.name}` +
      (change.detail ? ` (${change.detail})` : ''),
  );
  lines.push(
    report.changed ? 'Provisioning changed the server.' : 'No changes: everything was up to date.',
  );
  return lines.join('\n');
}

export { DESIGN_DOC_ID };
