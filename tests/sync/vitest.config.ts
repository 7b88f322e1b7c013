// Sync tests: the app's replicator and local store (fake-indexeddb) against the real embedded
// CouchDB-compatible server, started once for the run (globalSetup) and reached over HTTP.
// Run with `npm run test:sync`. Separate from the root vite.config.ts test settings (jsdom).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The in-memory server keeps its log in a temporary folder: keep those in the ignored .tmp/.
const tmpDir = fileURLToPath(new URL('../../.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
process.env['TMPDIR'] = tmpDir;

export default defineConfig({
  root,
  test: {
    name: 'sync',
    environment: 'node',
    include: ['tests/sync/**/*.test.ts'],
    setupFiles: ['tests/sync/setup.ts'],
    globalSetup: ['tests/sync/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
