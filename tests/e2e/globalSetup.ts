// Builds the app once into .tmp/e2e-dist with the root vite.config.ts, serves it with the
// production server on a free port, and provides the base URL to the tests (`inject('baseURL')`).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../server/index.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmpDir = path.join(root, '.tmp');
const distDir = path.join(tmpDir, 'e2e-dist');

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

  const server = await startServer({ port: 0, host: '127.0.0.1', distDir });
  project.provide('baseURL', server.url);

  return async () => {
    await server.close();
  };
}
