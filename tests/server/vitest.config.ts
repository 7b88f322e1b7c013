// Server tests: the embedded CouchDB-compatible server (server/couch/), its validation function
// and the provisioning CLI, through the HTTP API in Node. Run with `npm run test:server`.
// Separate from the root vite.config.ts test settings (jsdom, IndexedDB set-up).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// In-memory servers keep their log in a temporary folder: keep those in the ignored .tmp/.
const tmpDir = fileURLToPath(new URL('../../.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
process.env['TMPDIR'] = tmpDir;

export default defineConfig({
  root,
  test: {
    name: 'server',
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
