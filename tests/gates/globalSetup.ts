// Builds the app into .tmp/gates-dist with the root vite.config.ts plus a Vite manifest (the bundle
// gate reads it), or reuses the build in GATES_DIST_DIR, and serves it with the production server
// (compression, security headers) and the in-memory CouchDB-compatible server, as `npm start` does.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from '../e2e/buildApp';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmpDir = path.join(root, '.tmp');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(tmpDir, { recursive: true });
  process.env['TMPDIR'] = tmpDir;

  const reuse = process.env['GATES_DIST_DIR'];
  const distDir = reuse ? path.resolve(reuse) : path.join(tmpDir, 'gates-dist');
  if (reuse) {
    if (!existsSync(path.join(distDir, '.vite', 'manifest.json'))) {
      throw new Error(`GATES_DIST_DIR=${reuse} is not a build made with \`--manifest\`.`);
    }
  } else {
    await buildApp(distDir, { manifest: true });
  }

  const server = await serveApp(distDir);
  project.provide('gatesDistDir', distDir);
  project.provide('gatesBaseURL', server.url);

  return () => server.close();
}
