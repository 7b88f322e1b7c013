// Quality gates (`npm run test:gates`): the first screen's JavaScript budget and Lighthouse
// (mobile preset) on the main screens of a production build served by the production server.
// axe runs with the browser tests (tests/e2e/axe.e2e.ts).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Builds (workbox), Chromium and Lighthouse leave temp folders behind: keep them in .tmp/.
const tmpDir = fileURLToPath(new URL('../../.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
process.env['TMPDIR'] = tmpDir;

export default defineConfig({
  root,
  test: {
    name: 'gates',
    environment: 'node',
    include: ['tests/gates/**/*.gate.ts'],
    globalSetup: ['tests/gates/globalSetup.ts'],
    fileParallelism: false,
    // The tables are the output: print them as they come.
    disableConsoleIntercept: true,
    testTimeout: 60_000,
    // Lighthouse runs every screen in the suite's beforeAll (several runs per screen).
    hookTimeout: 1_800_000,
    teardownTimeout: 30_000,
  },
});
