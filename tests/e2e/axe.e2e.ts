// Accessibility gate: axe finds no violation (WCAG 2.1 A/AA and best practice) on any main screen
// of the built app, on a phone (360 px) and on a desktop screen. Screens with records use the demo
// partnership, loaded through its button as a new user would.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PARTNERSHIP_ID, demoId } from '../../src/features/partnerships/demoIds';
import { paths } from '../../src/features/shared/paths';
import { AppPage, DEFAULT_VIEWPORT, launchBrowser, watchErrors } from './browser';
import type { LaunchedBrowser } from './browser';

const baseURL = inject('baseURL');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const VIEWPORTS = [
  { name: 'phone', viewport: DEFAULT_VIEWPORT },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;

const pid = DEMO_PARTNERSHIP_ID;
const deployment = demoId('deployment', 1);
const logEntry = demoId('logEntry', 1);
const measure = demoId('measure', 1);
const meeting = demoId('meeting', 1);

interface Screen {
  readonly name: string;
  readonly path: string;
  /** What must be on the screen before it is checked (beyond a level-1 heading). */
  readonly ready?: (page: Page) => Promise<void>;
}

const visible = (page: Page, selector: string) =>
  page.locator(selector).first().waitFor({ state: 'visible' });

/** Screens checked after the demo partnership is on the device. */
const SCREENS: readonly Screen[] = [
  {
    name: 'start page with the demo partnership',
    path: '/',
    ready: (page) => visible(page, 'main a[href^="/p/"]'),
  },
  { name: 'partnership home', path: paths.partnership(pid), ready: (p) => visible(p, '.timeline') },
  { name: 'partnership form', path: paths.editPartnership(pid) },
  {
    name: 'measures list',
    path: paths.measures(pid),
    ready: (p) => visible(p, 'main a[href*="/measures/"]'),
  },
  { name: 'measure detail', path: paths.measure(pid, measure), ready: (p) => visible(p, 'dl') },
  { name: 'measure form', path: paths.newMeasure(pid), ready: (p) => visible(p, 'form') },
  {
    name: 'deployments list',
    path: paths.deployments(pid),
    ready: (p) => visible(p, 'main a[href*="/deployments/"]'),
  },
  {
    name: 'deployment detail with log',
    path: paths.deployment(pid, deployment),
    ready: (p) => visible(p, 'main a[href*="/log/"]'),
  },
  {
    name: 'log entry detail',
    path: paths.logEntry(pid, deployment, logEntry),
    ready: (p) => visible(p, 'dl'),
  },
  {
    name: 'log entry form',
    path: paths.newLogEntry(pid, deployment),
    ready: (p) => visible(p, 'form'),
  },
  {
    name: 'meetings list',
    path: paths.meetings(pid),
    ready: (p) => visible(p, 'main a[href*="/meetings/"]'),
  },
  { name: 'meeting detail', path: paths.meeting(pid, meeting), ready: (p) => visible(p, 'dl') },
  { name: 'meeting form', path: paths.newMeeting(pid), ready: (p) => visible(p, 'form') },
  {
    name: 'programme',
    path: paths.programme(pid),
    ready: (p) => visible(p, '.programme-doc'),
  },
  { name: 'programme form', path: paths.editProgramme(pid), ready: (p) => visible(p, 'form') },
  {
    name: 'follow-ups',
    path: paths.followUps(pid),
    ready: (p) => visible(p, 'main input[type="checkbox"]'),
  },
  {
    name: 'search with results',
    path: paths.search('Brunnen'),
    ready: (p) => visible(p, 'main mark'),
  },
  { name: 'settings', path: paths.settings() },
  { name: 'sync page', path: '/sync' },
  { name: 'sign-in', path: '/sign-in', ready: (p) => visible(p, 'form') },
  { name: 'conflicts list', path: '/conflicts' },
  { name: 'not found', path: '/no/such/page' },
];

/** Waits until the screen has loaded: its heading is there and no loading text is left. */
async function waitForScreen(page: Page, screen: Screen): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await screen.ready?.(page);
  await expect.poll(() => page.locator('main .loading').count()).toBe(0);
}

/** axe's findings as readable lines: rule, impact, what to fix and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}` +
        `\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
    ),
  );
}

for (const { name, viewport } of VIEWPORTS) {
  describe(`axe on every main screen (${name}, ${viewport.width} px)`, () => {
    let browser: LaunchedBrowser | undefined;
    let app: AppPage;
    let errors: string[];

    beforeAll(async () => {
      browser = await launchBrowser({ locale: 'de-DE', viewport });
      app = new AppPage(browser.page, baseURL);
      errors = watchErrors(browser.page).errors;
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('start page before anything is on the device', async () => {
      const { page } = app;
      await app.open('/');
      const loadDemo = page.getByRole('button', { name: 'Demo-Partnerschaft laden' });
      await loadDemo.waitFor();
      const found = await violations(page);

      // The demo partnership for the screens below, as a new user loads it.
      await loadDemo.click();
      await page.waitForURL(/\/p\/[0-9A-Z]{26}$/);
      await page.locator('.timeline').waitFor({ state: 'visible' });
      expect(found).toEqual([]);
    });

    for (const screen of SCREENS) {
      it(screen.name, async () => {
        const { page } = app;
        await app.open(screen.path);
        await waitForScreen(page, screen);
        expect(await violations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
