// Builds the app for browser tests and gates exactly as `npm run build` does, and serves a build
// as `npm start` does. Vitest sets NODE_ENV=test, and Vite would then bundle React's development
// build (twice the size, slower, with dev-only warnings): the build runs with NODE_ENV=production
// and restores it afterwards.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createCouchServer, type CouchServerOptions } from '../../server/couch/embedded.mjs';
import { startServer } from '../../server/index.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A production build of the app into `outDir` (emptied first); `manifest` adds .vite/manifest.json. */
export async function buildApp(outDir: string, { manifest = false } = {}): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

/**
 * Serves a build with the production server on a free port, with the embedded CouchDB-compatible
 * server (in memory unless the options say otherwise) under /couch/. `close()` stops both.
 */
export async function serveApp(
  distDir: string,
  couchOptions: CouchServerOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const couch = await createCouchServer({ inMemory: true, ...couchOptions });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ port: 0, host: '127.0.0.1', distDir, couchApp: couch.app });
  } catch (error) {
    await couch.close();
    throw error;
  }
  return {
    url: server.url,
    async close() {
      await server.close();
      await couch.close();
    },
  };
}
