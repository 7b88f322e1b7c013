// Lighthouse on the main screens of the production build (mobile preset; how the screens are
// loaded: lighthouse.ts): performance ≥ 95, accessibility 100, best practices 100. Screens with
// records show the demo partnership, loaded through the start page's button. GATES_LH_RUNS sets the
// runs per screen (default 3), GATES_LH_CPU a fixed CPU slowdown instead of the calibrated one,
// GATES_LH_COLD=1 cold loads for the returning visits too.
//
// Accessibility and best practices are deterministic and always fail the run below 100. The
// performance score is a timing measured on the host: on a busy 2-core machine the same build
// scores 88–100, so by the project's rule (speed targets are printed by benchmarks, not asserted
// in tests) it is printed in the table with its target, and asserted only with GATES_LH_PERF=enforce.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PARTNERSHIP_ID, demoId } from '../../src/features/partnerships/demoIds';
import { paths } from '../../src/features/shared/paths';
import { AppPage } from '../e2e/browser';
import {
  CATEGORIES,
  THRESHOLDS,
  lighthouseReport,
  runLighthouse,
  type LighthouseScreen,
  type ScreenResult,
} from './lighthouse';

const baseURL = inject('gatesBaseURL');
const reportDir = fileURLToPath(new URL('../../.tmp/gates-lighthouse/', import.meta.url));
const runs = Number(process.env['GATES_LH_RUNS'] ?? '3');
const cpuSlowdown = process.env['GATES_LH_CPU'] ? Number(process.env['GATES_LH_CPU']) : undefined;
const cold = process.env['GATES_LH_COLD'] === '1';
const enforcePerformance = process.env['GATES_LH_PERF'] === 'enforce';
const ASSERTED = CATEGORIES.filter((category) => enforcePerformance || category !== 'performance');

const pid = DEMO_PARTNERSHIP_ID;
const deployment = demoId('deployment', 1);

const SCREENS: readonly LighthouseScreen[] = [
  { name: 'start page (first visit)', path: '/', empty: true },
  { name: 'start page (demo)', path: '/' },
  { name: 'partnership home', path: paths.partnership(pid) },
  { name: 'measures list', path: paths.measures(pid) },
  { name: 'deployment detail', path: paths.deployment(pid, deployment) },
  { name: 'new log entry', path: paths.newLogEntry(pid, deployment) },
  { name: 'meetings list', path: paths.meetings(pid) },
  { name: 'programme', path: paths.programme(pid) },
  { name: 'follow-ups', path: paths.followUps(pid) },
  { name: 'search', path: paths.search('Brunnen') },
  { name: 'settings', path: paths.settings() },
];

describe('Lighthouse (mobile preset)', () => {
  let results: ScreenResult[] = [];

  beforeAll(async () => {
    if (!Number.isInteger(runs) || runs < 1) throw new Error('GATES_LH_RUNS must be ≥ 1');
    if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1))
      throw new Error('GATES_LH_CPU must be ≥ 1');
    results = await runLighthouse({
      baseURL,
      screens: SCREENS,
      runs,
      cpuSlowdown,
      cold,
      reportDir,
      async loadDemo({ page }) {
        const app = new AppPage(page, baseURL);
        await app.open('/');
        await page.getByRole('button', { name: 'Demo-Partnerschaft laden' }).click();
        await page.waitForURL(/\/p\/[0-9A-Z]{26}$/);
        await page.locator('.timeline').waitFor({ state: 'visible' });
        // The app as a returning visit finds it: its service worker installed with every file.
        const ready = await page.evaluate(() =>
          Promise.race([
            navigator.serviceWorker.ready.then(() => true),
            new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
          ]),
        );
        if (!ready) throw new Error('The service worker was not ready within 30 s.');
      },
    });
    process.stdout.write(
      `\n${lighthouseReport(results)}\n\nReports: ${path.relative(process.cwd(), reportDir)}\n\n`,
    );
  });

  for (const screen of SCREENS) {
    it(screen.name, () => {
      const result = results.find((r) => r.screen === screen);
      if (!result) throw new Error(`no result for ${screen.name}`);
      for (const category of ASSERTED) {
        expect(
          result.scores[category],
          `${category}: ${result.failingAudits.join('; ')}`,
        ).toBeGreaterThanOrEqual(THRESHOLDS[category]);
      }
    });
  }
});
