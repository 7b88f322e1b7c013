// Sync benchmark (`npm run bench:sync`): the app's replicator vs PouchDB's replication against ONE
// in-memory embedded server. The server runs in vitest's main process (globalSetup, shared with
// the sync tests); the benchmark in one worker process, so client and server each have a core.
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
    name: 'bench',
    environment: 'node',
    include: ['tests/bench/syncBench.ts'],
    setupFiles: ['tests/sync/setup.ts'],
    globalSetup: ['tests/sync/globalSetup.ts'],
    fileParallelism: false,
    // Each side starts its timed part after a full garbage collection (less noise from the setup).
    execArgv: ['--expose-gc'],
    // The table is the output: print it as it comes, not buffered per test.
    disableConsoleIntercept: true,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
