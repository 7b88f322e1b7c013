// Browser tests: the production build in Debian's Chromium, driven by playwright-core.
// Run with `npm run test:e2e`. Separate from the root vite.config.ts test settings (jsdom).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Vite/workbox builds and Chromium leave temp folders behind: keep them in the ignored .tmp/.
// Set here (main process, before workers and globalSetup start) so every process inherits it.
const tmpDir = fileURLToPath(new URL('../../.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
process.env['TMPDIR'] = tmpDir;

export default defineConfig({
  root,
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
