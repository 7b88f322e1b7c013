// Builds the app once into .tmp/e2e-dist with the root vite.config.ts, serves it with the
// production server on a free port together with the embedded CouchDB-compatible server under
// /couch/ (in memory, demo accounts provisioned, as `npm start` does), and provides the base URL
// and the server admin to the tests (`inject('baseURL')`, `inject('couchAdmin')`).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from './buildApp';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmpDir = path.join(root, '.tmp');
const distDir = path.join(tmpDir, 'e2e-dist');

/** Demo accounts' password, set explicitly so an environment variable cannot change it here. */
const DEMO_PASSWORD = 'klimapartner-demo';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(tmpDir, { recursive: true });
  process.env['TMPDIR'] = tmpDir;

  await buildApp(distDir);

  const admin = { name: 'admin', password: randomBytes(18).toString('base64url') };
  const server = await serveApp(distDir, {
    adminName: admin.name,
    adminPassword: admin.password,
    demoPassword: DEMO_PASSWORD,
  });
  project.provide('baseURL', server.url);
  project.provide('couchAdmin', admin);

  return () => server.close();
}
