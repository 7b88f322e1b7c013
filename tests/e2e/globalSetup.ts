// Builds the app once into .tmp/e2e-dist with the root vite.config.ts, serves it with the
// production server on a free port together with the embedded CouchDB-compatible server under
// /couch/ (in memory, demo accounts provisioned, as `npm start` does), and provides the base URL
// and the server admin to the tests (`inject('baseURL')`, `inject('couchAdmin')`).
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { createCouchServer } from '../../server/couch/embedded.mjs';
import { startServer } from '../../server/index.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmpDir = path.join(root, '.tmp');
const distDir = path.join(tmpDir, 'e2e-dist');

/** Demo accounts' password, set explicitly so an environment variable cannot change it here. */
const DEMO_PASSWORD = 'klimapartner-demo';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(tmpDir, { recursive: true });
  process.env['TMPDIR'] = tmpDir;

  rmSync(distDir, { recursive: true, force: true });
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });

  const admin = { name: 'admin', password: randomBytes(18).toString('base64url') };
  const couch = await createCouchServer({
    inMemory: true,
    adminName: admin.name,
    adminPassword: admin.password,
    demoPassword: DEMO_PASSWORD,
  });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ port: 0, host: '127.0.0.1', distDir, couchApp: couch.app });
  } catch (error) {
    await couch.close();
    throw error;
  }
  project.provide('baseURL', server.url);
  project.provide('couchAdmin', admin);

  return async () => {
    await server.close();
    await couch.close();
  };
}
