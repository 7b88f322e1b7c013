// The UI benchmark's server: the production build (tests/e2e/buildApp.ts, into .tmp/bench-ui-dist,
// its own folder so a parallel `npm run test:e2e` keeps its build) served by server/index.mjs
// with the in-memory embedded CouchDB under /couch/, as `npm start` does. Hands the base URL to
// the benchmark (`inject('baseURL')`).
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from '../e2e/buildApp';

const distDir = fileURLToPath(new URL('../../.tmp/bench-ui-dist', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildApp(distDir);
  const server = await serveApp(distDir, {
    adminName: 'admin',
    adminPassword: randomBytes(18).toString('base64url'),
  });
  project.provide('baseURL', server.url);
  return () => server.close();
}
