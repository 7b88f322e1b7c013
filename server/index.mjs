// @ts-check
// Production server for `npm start` / `npm run serve`: serves the Vite build (dist/) with strict
// security headers, long caching for hashed assets and an SPA fallback to index.html, and the
// embedded CouchDB-compatible server (server/couch/) under /couch/ on the same origin.
// Node code only; not bundled into the app.
import { existsSync, statSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compression from 'compression';
import express from 'express';
import { createCouchServer } from './couch/embedded.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The build folder served when no other is given. */
export const DEFAULT_DIST_DIR = path.join(projectRoot, 'dist');

/** Strict policy: everything from our own origin, nothing inline, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response (files, fallback, /couch/ and errors alike). */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(self), camera=(self)',
});

/** Vite puts content-hashed files under /assets; their names change whenever their content does. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, manifest, icons) must be revalidated on every use. */
const REVALIDATE_CACHE = 'no-cache';

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] TCP port; 0 picks a free one. Default: env PORT, else 8080.
 * @property {string} [host] Interface to bind. Default: 127.0.0.1.
 * @property {string} [distDir] Folder with the Vite build. Default: <project>/dist.
 * @property {import('express').RequestHandler} [couchApp] Handler mounted under /couch/
 *   (the CouchDB-compatible server). Default: 404 JSON for every request.
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url Base URL without trailing slash, e.g. http://127.0.0.1:8080
 * @property {number} port The port actually bound (useful with port 0).
 * @property {() => Promise<void>} close Stops listening and drops open connections.
 */

/**
 * Placeholder for /couch/ until the CouchDB-compatible server exists: CouchDB-style 404 JSON.
 * @type {import('express').RequestHandler}
 */
function couchNotAvailable(_req, res) {
  res
    .status(404)
    .set('Cache-Control', 'no-store')
    .json({ error: 'not_found', reason: 'No CouchDB-compatible server is mounted under /couch/.' });
}

/**
 * Throws a readable error when the build folder is missing.
 * @param {string} distDir
 */
function assertBuildExists(distDir) {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile) || !statSync(indexFile).isFile()) {
    throw new Error(
      `No production build found: ${indexFile} is missing. ` +
        'Run "npm run build" first (or "npm start", which builds and serves).',
    );
  }
}

/**
 * Builds the express app without listening, so it can be mounted or tested on its own.
 * @param {{ distDir?: string, couchApp?: import('express').RequestHandler }} [options]
 * @returns {import('express').Express}
 */
export function createApp({ distDir = DEFAULT_DIST_DIR, couchApp = couchNotAvailable } = {}) {
  const root = path.resolve(distDir);
  assertBuildExists(root);
  const assetsDir = path.join(root, 'assets') + path.sep;
  const indexFile = path.join(root, 'index.html');

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');

  app.use((_req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
  });

  // ---------------------------------------------------------------------------------------------
  // /couch/ — mount point of the CouchDB-compatible server (server/couch/embedded.mjs), same
  // origin so the session cookie stays first-party. Without a `couchApp`, 404 JSON.
  // Must stay before the static files and the SPA fallback.
  app.use('/couch', couchApp);
  // ---------------------------------------------------------------------------------------------

  // Gzip for the app's files and pages (HTML, JS, CSS, SVG, the manifest). Not for /couch/:
  // express-pouchdb compresses its own responses and flushes its _changes feeds as they go.
  app.use(compression());

  app.use(
    express.static(root, {
      index: 'index.html',
      dotfiles: 'ignore',
      fallthrough: true,
      redirect: false,
      setHeaders(res, filePath) {
        res.setHeader(
          'Cache-Control',
          filePath.startsWith(assetsDir) ? IMMUTABLE_CACHE : REVALIDATE_CACHE,
        );
      },
    }),
  );

  // A missing hashed asset is a stale or wrong reference: answer 404, not HTML, so the browser
  // reports a failed load instead of trying to run index.html as JavaScript or CSS.
  app.use('/assets', (_req, res) => {
    res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
  });

  // SPA fallback: client-side routes get index.html (GET and HEAD only).
  app.get('*', (_req, res, next) => {
    res.set('Cache-Control', REVALIDATE_CACHE);
    res.sendFile(indexFile, (err) => {
      if (err) next(err);
    });
  });

  // Anything else (POST, PUT, … outside /couch/): plain 404 that still carries the headers above.
  app.use((_req, res) => {
    res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
  });

  // No stack traces to clients; the error goes to the server log.
  /** @type {import('express').ErrorRequestHandler} */
  const onError = (err, _req, res, _next) => {
    const status =
      typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number'
        ? err.status
        : 500;
    if (status >= 500) console.error(err);
    if (res.headersSent) {
      res.end();
      return;
    }
    res
      .status(status)
      .set('Cache-Control', 'no-store')
      .type('text/plain')
      .send(STATUS_CODES[status] ?? 'Error');
  };
  app.use(onError);

  return app;
}

/**
 * Reads the port from the environment (PORT), defaulting to 8080.
 * @param {string | undefined} value
 * @returns {number}
 */
function parsePort(value) {
  if (value === undefined || value.trim() === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${value}".`);
  }
  return port;
}

/**
 * Starts the production server.
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
  port = parsePort(process.env['PORT']),
  host = '127.0.0.1',
  distDir = DEFAULT_DIST_DIR,
  couchApp,
} = {}) {
  const app = createApp(couchApp ? { distDir, couchApp } : { distDir });

  /** @type {import('node:http').Server} */
  const server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host);
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });

  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`Unexpected server address: ${String(address)}`);
  }
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}`;

  let closing = /** @type {Promise<void> | undefined} */ (undefined);
  return {
    url,
    port: address.port,
    close() {
      closing ??= new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep connections alive; drop them so close() resolves promptly.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/**
 * The start-up message: where the app runs, the demo accounts, and a generated admin password
 * (shown on the start that made it only).
 * @param {RunningServer} running
 * @param {import('./couch/embedded.mjs').CouchServer} couch
 * @returns {string}
 */
function startupMessage(running, couch) {
  const lines = [
    `Klimapartner läuft auf ${running.url} (Klimapartner is running at ${running.url})`,
    `CouchDB API: ${running.url}/couch/ — ${
      couch.dataDir ? `data in ${couch.dataDir}` : 'in memory, nothing is kept'
    }`,
    `Demo partnership ${couch.demoPartnershipId}; demo accounts (password "${
      couch.demoAccounts[0]?.password ?? ''
    }"):`,
    ...couch.demoAccounts.map(
      (account) =>
        `  ${account.name.padEnd(12)} ${account.description} [${account.roles.join(', ')}]`,
    ),
  ];
  if (couch.adminPasswordGenerated) {
    lines.push(
      `Server admin "${couch.admin.name}", new password: ${couch.admin.password}`,
      couch.adminFile
        ? `  (shown once; kept in ${couch.adminFile}, mode 0600)`
        : '  (in memory: a new one on every start; set KLIMAPARTNER_ADMIN_PASSWORD to choose it)',
    );
  } else {
    lines.push(`Server admin: "${couch.admin.name}"`);
  }
  return `${lines.join('\n')}\n`;
}

/** Entry point for `node server/index.mjs [--in-memory]`. */
async function main() {
  const distDir = process.env['DIST_DIR'] ? path.resolve(process.env['DIST_DIR']) : undefined;
  const inMemory = process.argv.slice(2).includes('--in-memory');
  // express-pouchdb has code paths that reject promises nobody handles; log them instead of
  // stopping the server (the access gate keeps the known ones from being reached).
  process.on('unhandledRejection', (reason) => {
    console.error('Klimapartner: unhandled rejection in the CouchDB server:', reason);
  });

  /** @type {RunningServer} */
  let running;
  /** @type {import('./couch/embedded.mjs').CouchServer | undefined} */
  let couch;
  try {
    couch = await createCouchServer({ inMemory });
    running = await startServer(
      distDir ? { distDir, couchApp: couch.app } : { couchApp: couch.app },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `Klimapartner: Server konnte nicht starten / server failed to start:\n${message}`,
    );
    await couch?.close();
    process.exit(1);
  }
  process.stdout.write(startupMessage(running, couch));
  const stop = () => {
    running
      .close()
      .then(() => couch?.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
