// @ts-check
// The embedded CouchDB-compatible server: express-pouchdb 4.2.0 on pouchdb-core 9 with LevelDB on
// disk (server/data/ by default) or in memory (`inMemory`, for tests). Admin party is off, the
// access gate (access.mjs) guards every route, and on every start the demo partnership is
// provisioned through the same HTTP provisioning code as a real CouchDB (provisioning.mjs).
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { accessGate, insertAfterAuthentication } from './access.mjs';
import { bulkDocsInRequestOrder } from './compat.mjs';
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, DEMO_PARTNERSHIP_ID } from './demo.mjs';
import { couchClient, provisionPartnership } from './provisioning.mjs';

// express-pouchdb and PouchDB are CommonJS without type declarations: loaded with require, typed
// here by what this module uses.
const require = createRequire(import.meta.url);

/**
 * @typedef {object} PouchDatabase
 * @property {string} name
 * @property {{ prefix?: string }} __opts
 * @property {(id: string) => Promise<any>} get
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {{
 *   new (name: string): PouchDatabase,
 *   plugin(plugin: unknown): PouchConstructor,
 *   defaults(options: Record<string, unknown>): PouchConstructor,
 *   allDbs(): Promise<string[]>,
 *   on(event: string, listener: (...args: any[]) => void): void,
 *   removeListener(event: string | symbol, listener: (...args: any[]) => void): void,
 *   listeners(event: string | symbol): Array<(...args: any[]) => void>,
 *   eventNames(): Array<string | symbol>,
 * }} PouchConstructor
 */

/**
 * @typedef {import('express').Express & {
 *   couchConfig: {
 *     set(section: string, key: string, value: unknown, callback: (error?: unknown) => void): void,
 *   },
 *   couchLogger?: { _stream?: { end(): void } },
 *   daemonManager: { stop(PouchDB: PouchConstructor): Promise<void> },
 *   setPouchDB(PouchDB: PouchConstructor): Promise<void>,
 * }} ExpressPouchApp
 */

/** @type {PouchConstructor} */
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'));

/** @type {(options: Record<string, unknown>) => ExpressPouchApp} */
const expressPouchDB = require('express-pouchdb');

/** @type {{ getOrCreateDB(PouchDB: PouchConstructor, name: string): Promise<PouchDatabase> }} */
const dbCache = require('express-pouchdb/lib/create-or-delete-dbs');

/** The in-memory store behind pouchdb-adapter-memory: one store per process, keyed by name. */
/** @type {{ destroy(location: string, callback: () => void): void }} */
const memdown = createRequire(require.resolve('pouchdb-adapter-memory'))('memdown');

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where the on-disk server keeps its data unless told otherwise (git-ignored). */
export const DEFAULT_DATA_DIR = path.join(projectRoot, 'server', 'data');

/** Session length of the embedded server in seconds (CouchDB's own default is 600). */
export const DEFAULT_SESSION_TIMEOUT = 24 * 60 * 60;

/**
 * Parts of express-pouchdb left out: the Fauxton UI (inline scripts, not needed), server-side
 * replication and the _replicator daemon (would let the server fetch any URL and create
 * databases), temporary views (run posted JavaScript), and CouchDB's test authentication handler.
 */
const EXCLUDED_PARTS = [
  'routes/fauxton',
  'routes/replicate',
  'replicator',
  'routes/temp-views',
  'routes/special-test-auth',
];

/**
 * @typedef {object} CouchServerOptions
 * @property {boolean} [inMemory] Keep everything in memory (tests). Default: false.
 * @property {string} [dataDir] Data folder for the on-disk mode. Default: env
 *   KLIMAPARTNER_DATA_DIR, else server/data.
 * @property {string} [adminName] Default: env KLIMAPARTNER_ADMIN, else the stored name, else `admin`.
 * @property {string} [adminPassword] Default: env KLIMAPARTNER_ADMIN_PASSWORD, else the password in
 *   <dataDir>/admin.json, else a new random one (stored there with mode 0600; in memory: not stored).
 * @property {string} [demoPassword] Password of the demo accounts. Default: env
 *   KLIMAPARTNER_DEMO_PASSWORD, else `klimapartner-demo`.
 * @property {boolean} [provisionDemo] Provision the demo partnership and accounts. Default: true.
 * @property {number} [sessionTimeout] Seconds a session lives without a request. Default: one day.
 */

/**
 * @typedef {object} CouchServer
 * @property {import('express').RequestHandler} app Mount under /couch (or anywhere).
 * @property {{ name: string, password: string }} admin The server admin.
 * @property {boolean} adminPasswordGenerated The admin password was made on this start (show it once).
 * @property {string | undefined} dataDir The data folder (undefined in memory).
 * @property {string | undefined} adminFile Where the generated admin password is kept.
 * @property {{ name: string, password: string, roles: string[], description: string }[]} demoAccounts
 * @property {string} demoPartnershipId
 * @property {import('./provisioning.mjs').ProvisionReport | undefined} provisioning What the
 *   start-up provisioning did.
 * @property {() => Promise<void>} close Closes the databases; the app must not be used afterwards.
 */

/**
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
function nonEmpty(value) {
  return value !== undefined && value !== '' ? value : undefined;
}

/**
 * @typedef {object} AdminFile What <dataDir>/admin.json keeps (mode 0600).
 * @property {string} [name] the admin's name when the password was generated
 * @property {string} [password] the generated admin password (absent when it comes from the env)
 * @property {string} [sessionSecret] signs session cookies, so sessions survive a restart
 */

/**
 * @param {string} file
 * @returns {AdminFile}
 */
function readAdminFile(file) {
  if (!existsSync(file)) return {};
  const parsed = /** @type {unknown} */ (JSON.parse(readFileSync(file, 'utf8')));
  if (typeof parsed !== 'object' || parsed === null) return {};
  const record = /** @type {Record<string, unknown>} */ (parsed);
  /** @type {AdminFile} */
  const result = {};
  for (const key of /** @type {const} */ (['name', 'password', 'sessionSecret'])) {
    const value = record[key];
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/**
 * @param {string} file
 * @param {AdminFile} content
 */
function writeAdminFile(file, content) {
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * express-pouchdb's configuration setter as a promise.
 * @param {ExpressPouchApp} app
 * @param {string} section
 * @param {string} key
 * @param {unknown} value
 * @returns {Promise<void>}
 */
function setConfig(app, section, key, value) {
  return new Promise((resolve, reject) => {
    app.couchConfig.set(section, key, value, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Makes the session cookie first-party and safe: Path=/ (so the browser sends it for /couch/*
 * wherever the server is mounted), HttpOnly, SameSite=Strict, Secure over HTTPS, and a Max-Age of
 * the session length (express-pouchdb's own persistent-cookie option passes seconds where Express
 * expects milliseconds).
 * @param {number} sessionTimeout seconds
 * @returns {import('express').RequestHandler}
 */
function sessionCookieAttributes(sessionTimeout) {
  return (req, res, next) => {
    const original = res.cookie.bind(res);
    /**
     * @param {string} name
     * @param {unknown} value
     * @param {import('express').CookieOptions} [options]
     */
    const cookie = (name, value, options = {}) => {
      if (name !== 'AuthSession') return original(name, value, options);
      const clearing = value === '' || value === undefined;
      return original(name, value, {
        ...options,
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        ...(clearing ? {} : { maxAge: sessionTimeout * 1000 }),
      });
    };
    res.cookie = /** @type {import('express').Response['cookie']} */ (
      /** @type {unknown} */ (cookie)
    );
    next();
  };
}

/**
 * Runs `task` with the handler listening on a free local port for the duration, so that start-up
 * provisioning goes through the same HTTP API as against a real CouchDB.
 * @template T
 * @param {import('express').RequestHandler} handler
 * @param {(url: string) => Promise<T>} task
 * @returns {Promise<T>}
 */
async function withLocalListener(handler, task) {
  const app = express();
  app.use(handler);
  const server = createServer(app);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  try {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no local address');
    return await task(`http://127.0.0.1:${address.port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}

/**
 * Creates the embedded CouchDB-compatible server and provisions it.
 * @param {CouchServerOptions} [options]
 * @returns {Promise<CouchServer>}
 */
export async function createCouchServer(options = {}) {
  const env = process.env;
  const inMemory = options.inMemory ?? false;
  const sessionTimeout = options.sessionTimeout ?? DEFAULT_SESSION_TIMEOUT;
  const demoPassword =
    options.demoPassword ?? nonEmpty(env['KLIMAPARTNER_DEMO_PASSWORD']) ?? DEFAULT_DEMO_PASSWORD;

  /** @type {string | undefined} */
  let dataDir;
  /** @type {string | undefined} */
  let adminFile;
  /** @type {string} */
  let workDir;
  if (inMemory) {
    // express-pouchdb always writes a log file: keep it in a temporary folder, removed on close.
    workDir = mkdtempSync(path.join(os.tmpdir(), 'klimapartner-couch-'));
  } else {
    dataDir = path.resolve(
      options.dataDir ?? nonEmpty(env['KLIMAPARTNER_DATA_DIR']) ?? DEFAULT_DATA_DIR,
    );
    workDir = dataDir;
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    mkdirSync(path.join(dataDir, 'db'), { recursive: true });
    adminFile = path.join(dataDir, 'admin.json');
  }

  // The admin: name and password from the options, the environment, admin.json, or new.
  const stored = adminFile ? readAdminFile(adminFile) : {};
  const adminName =
    options.adminName ?? nonEmpty(env['KLIMAPARTNER_ADMIN']) ?? stored.name ?? 'admin';
  let adminPassword =
    options.adminPassword ?? nonEmpty(env['KLIMAPARTNER_ADMIN_PASSWORD']) ?? stored.password;
  let adminPasswordGenerated = false;
  if (adminPassword === undefined) {
    adminPassword = randomBytes(18).toString('base64url');
    adminPasswordGenerated = true;
  }
  const sessionSecret = stored.sessionSecret ?? randomBytes(24).toString('hex');
  if (adminFile && (adminPasswordGenerated || stored.sessionSecret === undefined)) {
    writeAdminFile(adminFile, {
      ...stored,
      ...(adminPasswordGenerated ? { name: adminName, password: adminPassword } : {}),
      sessionSecret,
    });
  }

  // Each in-memory server gets its own prefix: memdown shares one store per process by name.
  const prefix = inMemory
    ? `klimapartner-${randomBytes(6).toString('hex')}/`
    : path.join(/** @type {string} */ (dataDir), 'db') + path.sep;
  const ServerPouchDB = PouchDB.defaults(
    inMemory ? { adapter: 'memory', prefix } : { adapter: 'leveldb', prefix },
  );

  // PouchDB constructors share one event emitter per process: keep track of this server's open
  // databases (by prefix) and of the listeners its plugins add, to undo both on close.
  /** @type {Set<PouchDatabase>} */
  const openDatabases = new Set();
  /** @type {Set<string>} names of every database this server opened */
  const databaseNames = new Set();
  /** @param {PouchDatabase} db */
  const onRef = (db) => {
    if (db.__opts?.prefix !== prefix) return;
    openDatabases.add(db);
    databaseNames.add(db.name);
  };
  /** @param {PouchDatabase} db */
  const onUnref = (db) => {
    openDatabases.delete(db);
  };
  ServerPouchDB.on('ref', onRef);
  ServerPouchDB.on('unref', onUnref);

  // The configuration lives in memory and is set on every start from the options, the
  // environment and admin.json; express-pouchdb's own config.json would race with our writes.
  const couchApp = expressPouchDB({
    mode: 'fullCouchDB',
    overrideMode: { exclude: EXCLUDED_PARTS },
    configPath: path.join(workDir, 'config.json'),
    inMemoryConfig: true,
    logPath: path.join(workDir, 'log.txt'),
  });
  couchApp.disable('x-powered-by');
  await setConfig(couchApp, 'log', 'level', 'warning');
  await setConfig(couchApp, 'couch_httpd_auth', 'timeout', sessionTimeout);
  await setConfig(couchApp, 'couch_httpd_auth', 'secret', sessionSecret);
  // Admin party off: with an admin configured, anonymous requests are anonymous, not admins.
  await setConfig(couchApp, 'admins', adminName, adminPassword);

  // Plugins (pouchdb-all-dbs, pouchdb-auth) add listeners to the shared emitter on start.
  const listenersBefore = new Map(
    ServerPouchDB.eventNames().map((event) => [event, new Set(ServerPouchDB.listeners(event))]),
  );
  await couchApp.setPouchDB(ServerPouchDB);
  const addedListeners = ServerPouchDB.eventNames().flatMap((event) =>
    ServerPouchDB.listeners(event)
      .filter((listener) => !listenersBefore.get(event)?.has(listener))
      .map((listener) => /** @type {const} */ ([event, listener])),
  );

  insertAfterAuthentication(
    couchApp,
    accessGate({
      allDbs: () => ServerPouchDB.allDbs(),
      async security(db) {
        const database = await dbCache.getOrCreateDB(ServerPouchDB, db);
        return database.get('_local/_security').then(
          (doc) => (doc && typeof doc.security === 'object' ? doc.security : {}),
          () => ({}),
        );
      },
      async userRoles(name) {
        const users = await dbCache.getOrCreateDB(ServerPouchDB, '_users');
        return users.get(`org.couchdb.user:${name}`).then(
          (doc) => (Array.isArray(doc?.roles) ? doc.roles : undefined),
          () => undefined,
        );
      },
    }),
  );

  const handler = express.Router();
  handler.use(sessionCookieAttributes(sessionTimeout));
  handler.use(bulkDocsInRequestOrder);
  handler.use(couchApp);

  const demoAccounts = DEMO_ACCOUNTS.map((account) => ({
    ...account,
    roles: [...account.roles],
    password: demoPassword,
  }));

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await couchApp.daemonManager.stop(ServerPouchDB).catch(() => undefined);
    for (const [event, listener] of addedListeners) ServerPouchDB.removeListener(event, listener);
    await Promise.all([...openDatabases].map((db) => db.close().catch(() => undefined)));
    ServerPouchDB.removeListener('ref', onRef);
    ServerPouchDB.removeListener('unref', onUnref);
    couchApp.couchLogger?._stream?.end();
    if (inMemory) {
      // Free the memory: memdown keeps every store for the life of the process otherwise.
      await Promise.all(
        [...databaseNames].map(
          (name) =>
            new Promise((resolve) => memdown.destroy(prefix + name, () => resolve(undefined))),
        ),
      );
      rmSync(workDir, { recursive: true, force: true });
    }
  };

  /** @type {import('./provisioning.mjs').ProvisionReport | undefined} */
  let provisioning;
  if (options.provisionDemo ?? true) {
    try {
      provisioning = await withLocalListener(handler, (url) =>
        provisionPartnership(couchClient({ url, name: adminName, password: adminPassword }), {
          partnershipId: DEMO_PARTNERSHIP_ID,
          users: demoAccounts.map(({ name, roles, password }) => ({ name, roles, password })),
        }),
      );
    } catch (error) {
      await close();
      throw error;
    }
  }

  return {
    app: handler,
    admin: { name: adminName, password: adminPassword },
    adminPasswordGenerated,
    dataDir,
    adminFile,
    demoAccounts,
    demoPartnershipId: DEMO_PARTNERSHIP_ID,
    provisioning,
    close,
  };
}
