// UI benchmark (`npm run bench:ui`): the production build in Debian's Chromium (playwright-core),
// with 2,000 measures and 10,000 log entries on the device; see tests/bench/uiBench.ts.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Vite builds and Chromium profiles leave temporary folders: keep them in the ignored .tmp/.
const tmpDir = fileURLToPath(new URL('../../.tmp/', import.meta.url));
mkdirSync(tmpDir, { recursive: true });
process.env['TMPDIR'] = tmpDir;

export default defineConfig({
  root,
  test: {
    name: 'bench-ui',
    environment: 'node',
    include: ['tests/bench/uiBench.ts'],
    globalSetup: ['tests/bench/uiGlobalSetup.ts'],
    fileParallelism: false,
    // The table is the output: print it as it comes, not buffered per test.
    disableConsoleIntercept: true,
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
