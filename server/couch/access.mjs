// @ts-check
// Access rules of the embedded server, in front of express-pouchdb's routes. express-pouchdb
// 4.2.0 has its own checks, but some of them answer 401 where CouchDB answers 403, and a few
// paths for non-members hang a request or crash the process (an unhandled rejection in its
// security wrappers). This gate decides first, the way CouchDB 3 does:
// - server admins (`_admin`) may do everything;
// - `PUT`/`DELETE /{db}` (create, delete a database) and server-wide endpoints (`/_all_dbs`,
//   `/_config`, …) are for server admins only; `/`, `/_session` and `/_uuids` are open;
// - `_users`: a signed-in user may read their own document and change its password, nothing else;
// - a database is open to its `_security` admins and members; a database without members is
//   admin-only (CouchDB 3's default); anonymous → 401, signed in but not a member → 403;
// - members may not change `_security` (nor its `_local/_security` document), design documents,
//   indexes, or compact (db admins only), and temporary views (arbitrary JavaScript) are refused;
// - members may put and get attachments (a photo's images, see validateDocUpdate.js), with a
//   Content-Length of at most 8 MiB.

import express from 'express';

/**
 * @typedef {object} UserCtx
 * @property {string | null} name
 * @property {string[]} roles
 */

/**
 * @typedef {object} SecuritySection
 * @property {string[]} [names]
 * @property {string[]} [roles]
 */

/**
 * @typedef {object} Security
 * @property {SecuritySection} [admins]
 * @property {SecuritySection} [members]
 */

/**
 * @typedef {object} GateBackend
 * @property {() => Promise<string[]>} allDbs the names of the databases that exist
 * @property {(db: string) => Promise<Security>} security the _security object of an existing db
 * @property {(name: string) => Promise<string[] | undefined>} userRoles the stored roles of a user
 */

/** Server-level paths open to everyone (the first path segment). */
const OPEN_SERVER_PATHS = new Set(['', '_session', '_uuids']);

/** Database sub-paths only db admins may write to. */
const ADMIN_ONLY_DB_PATHS = new Set([
  '_security',
  '_compact',
  '_view_cleanup',
  '_index',
  '_purge',
  '_revs_limit',
]);

/**
 * @param {UserCtx} user
 * @param {SecuritySection | undefined} section
 */
function isIn(user, section) {
  if (!section) return false;
  const names = section.names ?? [];
  const roles = section.roles ?? [];
  return (
    (user.name !== null && names.includes(user.name)) ||
    roles.some((role) => user.roles.includes(role))
  );
}

/**
 * @param {import('express').Response} res
 * @param {number} status
 * @param {string} error
 * @param {string} reason
 */
function deny(res, status, error, reason) {
  res.status(status).set('Cache-Control', 'must-revalidate').json({ error, reason });
}

/**
 * @param {import('express').Response} res
 * @param {UserCtx} user
 * @param {string} reason for a signed-in user (403)
 */
function denyUser(res, user, reason) {
  if (user.name === null) {
    deny(res, 401, 'unauthorized', 'You are not authorized to access this db.');
  } else {
    deny(res, 403, 'forbidden', reason);
  }
}

/**
 * Largest JSON body accepted (a `_bulk_docs` batch of records); far below express-pouchdb's
 * 4 GiB so that no signed-in user can make the server read a huge body into memory.
 */
const MAX_JSON_BODY = 64 * 1024 * 1024;

/**
 * Largest attachment body accepted (PUT /{db}/{doc}/{name}); validate_doc_update allows images of
 * up to 5 MiB, the app sends about 300 kB.
 */
const MAX_ATTACHMENT_BODY = 8 * 1024 * 1024;
const parseJsonBody = express.json({ limit: MAX_JSON_BODY });

/**
 * Parses a JSON body the way express-pouchdb would (body-parser; it skips bodies parsed already).
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @returns {Promise<{ parsed: boolean, body: unknown } | undefined>} undefined when the reply is sent
 */
function readJsonBody(req, res) {
  return new Promise((resolve) => {
    parseJsonBody(req, res, (error) => {
      if (error) {
        const status =
          typeof error === 'object' && error !== null && 'status' in error ? error.status : 400;
        if (status === 413) deny(res, 413, 'too_large', 'the request entity is too large');
        else deny(res, 400, 'bad_request', 'invalid_json');
        resolve(undefined);
        return;
      }
      const parsed = /** @type {{ _body?: boolean }} */ (/** @type {unknown} */ (req))._body;
      resolve({ parsed: parsed === true, body: req.body });
    });
  });
}

/**
 * @param {unknown} value
 * @returns {string[] | undefined}
 */
function stringArray(value) {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? value
    : undefined;
}

/**
 * The security object lives in the document `_local/_security` (pouchdb-security): only admins
 * may write it, in whatever way (PUT, DELETE, POST /{db}, _bulk_docs).
 */
const SECURITY_DOC_ID = '_local/_security';

/**
 * Decides a request of a non-admin. Returns true to pass it on, false when the reply is sent.
 * @param {GateBackend} backend
 * @param {UserCtx} user
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @returns {Promise<boolean>}
 */
async function decide(backend, user, req, res) {
  const segments = req.path.split('/').slice(1).map(decodeURIComponent);
  const first = segments[0] ?? '';
  const rest = segments.slice(1);
  const method = req.method.toUpperCase();

  if (rest.length === 0 && OPEN_SERVER_PATHS.has(first)) return true;

  if (first === '_users') {
    const own = user.name !== null ? `org.couchdb.user:${user.name}` : undefined;
    const target = rest.join('/');
    if (own === undefined || target !== own || !['GET', 'HEAD', 'PUT'].includes(method)) {
      denyUser(res, user, "Only admins may access other users' documents.");
      return false;
    }
    if (method !== 'PUT') return true;
    // Users may change their own password, nothing else that matters: name, type and roles
    // must stay as stored (express-pouchdb 4.2.0 would let a user give themselves any role).
    const read = await readJsonBody(req, res);
    if (!read) return false;
    const body = /** @type {Record<string, unknown>} */ (read.body ?? {});
    const storedRoles = await backend.userRoles(/** @type {string} */ (user.name));
    const roles = stringArray(body['roles']);
    const sameRoles =
      storedRoles !== undefined &&
      roles !== undefined &&
      roles.length === storedRoles.length &&
      roles.every((role, i) => role === storedRoles[i]);
    if (
      !read.parsed ||
      !sameRoles ||
      body['name'] !== user.name ||
      body['type'] !== 'user' ||
      (body['_id'] !== undefined && body['_id'] !== own)
    ) {
      deny(res, 403, 'forbidden', 'Only admins may change roles or names of users.');
      return false;
    }
    return true;
  }

  if (first.startsWith('_') || (rest.length === 0 && (method === 'PUT' || method === 'DELETE'))) {
    deny(res, 401, 'unauthorized', 'You are not a server admin.');
    return false;
  }

  // A missing database: express-pouchdb answers 404 itself.
  if (!(await backend.allDbs()).includes(first)) return true;
  const security = await backend.security(first);
  const isDbAdmin = isIn(user, security.admins);
  const members = security.members ?? {};
  const hasMembers = (members.names ?? []).length > 0 || (members.roles ?? []).length > 0;
  if (!isDbAdmin && !(hasMembers && isIn(user, members))) {
    denyUser(res, user, 'You are not allowed to access this db.');
    return false;
  }

  const sub = rest[0] ?? '';
  if (sub === '_temp_view') {
    deny(res, 403, 'forbidden', 'Temporary views are not supported.');
    return false;
  }
  const writes = !['GET', 'HEAD'].includes(method);
  if (isDbAdmin || !writes) return true;

  const docPath = rest.join('/');
  if (
    ADMIN_ONLY_DB_PATHS.has(sub) ||
    sub.startsWith('_design') ||
    docPath === SECURITY_DOC_ID ||
    docPath.startsWith(`${SECURITY_DOC_ID}/`) ||
    method === 'COPY'
  ) {
    deny(res, 403, 'forbidden', 'You are not a db or server admin.');
    return false;
  }
  // An attachment (a photo's image): express-pouchdb reads its body whole and without a limit,
  // so its announced size is checked first.
  if (method === 'PUT' && rest.length >= 2 && sub !== '_local') {
    const length = Number(req.get('Content-Length'));
    if (req.get('Content-Length') === undefined) {
      deny(res, 411, 'bad_request', 'An attachment needs a Content-Length.');
      return false;
    }
    if (!Number.isFinite(length) || length > MAX_ATTACHMENT_BODY) {
      deny(res, 413, 'too_large', 'the attachment is too large');
      return false;
    }
  }
  // Documents named in the body: POST /{db} and POST /{db}/_bulk_docs.
  if (method === 'POST' && (rest.length === 0 || (rest.length === 1 && sub === '_bulk_docs'))) {
    const read = await readJsonBody(req, res);
    if (!read) return false;
    const body = /** @type {{ _id?: unknown, docs?: unknown } | undefined} */ (read.body);
    const docs = rest.length === 0 ? [body] : Array.isArray(body?.docs) ? body.docs : [];
    const touchesSecurity = docs.some(
      (doc) => /** @type {{ _id?: unknown } | undefined} */ (doc)?._id === SECURITY_DOC_ID,
    );
    if (touchesSecurity) {
      deny(res, 403, 'forbidden', 'You are not a db or server admin.');
      return false;
    }
  }
  return true;
}

/**
 * The gate middleware. It must run inside express-pouchdb's app after its authentication
 * middleware, which puts the session on `req.couchSession`; without a session it refuses (fails
 * closed).
 * @param {GateBackend} backend
 * @returns {import('express').RequestHandler}
 */
export function accessGate(backend) {
  return (req, res, next) => {
    const session = /** @type {{ userCtx?: UserCtx } | undefined} */ (
      /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (req))['couchSession']
    );
    const user = session?.userCtx;
    if (!user || !Array.isArray(user.roles)) {
      deny(res, 500, 'internal_server_error', 'No session: the access gate is misplaced.');
      return;
    }
    if (user.roles.includes('_admin')) {
      next();
      return;
    }
    decide(backend, user, req, res).then(
      (pass) => {
        if (pass) next();
      },
      (error) => {
        if (error instanceof URIError) deny(res, 400, 'bad_request', 'Invalid path.');
        else next(error);
      },
    );
  };
}

/**
 * Puts a middleware into an express app's router stack right after the middleware that follows
 * `cookieParser` (express-pouchdb's authentication), so it runs with `req.couchSession` set and
 * before every route. Throws when the stack does not look like express-pouchdb 4.2.0's.
 * @param {import('express').Express} app express-pouchdb's app
 * @param {import('express').RequestHandler} middleware
 */
export function insertAfterAuthentication(app, middleware) {
  /** @type {{ stack: Array<{ name: string, route?: unknown }> }} */
  const router = /** @type {any} */ (app)._router;
  const stack = router.stack;
  const cookieParserIndex = stack.findIndex((layer) => layer.name === 'cookieParser');
  const authentication = stack[cookieParserIndex + 1];
  if (cookieParserIndex === -1 || !authentication || authentication.route) {
    throw new Error('express-pouchdb: authentication middleware not found (unexpected version?)');
  }
  app.use(middleware);
  const layer = stack.pop();
  if (!layer) throw new Error('express-pouchdb: router stack is empty');
  stack.splice(cookieParserIndex + 2, 0, layer);
}
