// `npm run bench:ui`: how long the built app takes to show a long list or search results in
// Chromium, next to a plain IndexedDB read of the same rows in the same page and run.
//
// The device: one partnership with 2,000 measures and 10,000 log entries in three deployments
// (uiRecords.ts), written into the app's IndexedDB as a pull stores them. Measured, each in the
// same page after a warm-up:
// - measure list: from an in-app navigation (history.pushState, as a link does) until the count
//   line shows 2,000 and the first cards are in the page (style and layout forced);
// - deployment log: the same for the deployment with 4,000 entries;
// - search: from the last keystroke of a query typed into the empty field (its `input` event)
//   until the result count and the first marked hits are in the page, for a word found in
//   thousands of records and a rare one. Everything the app does in between is in the time (it
//   has no debounce: the results follow each keystroke as a deferred render);
// - search opened with a query (in-app navigation; the index built earlier in the session), and
//   after a reload: from the start of the page load until the hits show (app start, reading and
//   validating every record to build the index, the query).
// Plain reads: one readonly transaction with `getAll` on the index the screen's rows come from
// ([partnershipId+type] for measures, deploymentId for the log, the whole store for search).
// Runs alternate which goes first; medians are printed. Nothing here asserts a time.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idToParam } from '../../src/domain';
import { AppPage, launchBrowser, type LaunchedBrowser } from '../e2e/browser';
import { machineLine, median } from './benchTable';
import { EXPECT_ON_LOAD, installProbe, type PlainRead, type Visible } from './uiProbe';
import { benchDevice, expectedHits, LOG_SIZES, MEASURES, type BenchDevice } from './uiRecords';

/** Runs measured (after the warm-ups); BENCH_UI_RUNS overrides, e.g. for a quick look. */
const RUNS = Number(process.env['BENCH_UI_RUNS'] ?? 7);
const WARM_UPS = 1;
const BATCH = 1000;
/** A route that renders almost nothing: where each navigation starts from. */
const IDLE_PATH = '/bench-idle';
const print = (line = '') => process.stdout.write(`${line}\n`);

interface Row {
  what: string;
  rows: number;
  app: number[];
  plain: number[];
  /** "ratio": app/plain must stay within this; "absolute": the app's median below this (ms). */
  target: { kind: 'ratio' | 'absolute'; value: number } | null;
}

interface Step {
  row: Row;
  app: () => Promise<number>;
  plain: () => Promise<number>;
}

const row = (what: string, rows: number, target: Row['target']): Row => ({
  what,
  rows,
  app: [],
  plain: [],
  target,
});

let browser: LaunchedBrowser | undefined;
let device: BenchDevice;

beforeAll(async () => {
  device = benchDevice();
  browser = await launchBrowser({ locale: 'de-DE', args: ['--js-flags=--expose-gc'] });
});

afterAll(async () => {
  await browser?.close();
});

/** Writes the rows into the app's own database (created by the app at its schema version). */
async function seed(page: Page, rows: readonly unknown[]): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await indexedDB.databases()).some((info) => info.name === 'klimapartner'),
      ),
    )
    .toBe(true);
  for (let start = 0; start < rows.length; start += BATCH) {
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('klimapartner');
          request.onerror = () => reject(request.error ?? new Error('open failed'));
          request.onsuccess = () => {
            const database = request.result;
            const tx = database.transaction('records', 'readwrite');
            const store = tx.objectStore('records');
            for (const row of batch) store.put(row);
            tx.oncomplete = () => {
              database.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          };
        }),
      rows.slice(start, start + BATCH),
    );
  }
}

async function toIdle(page: Page): Promise<void> {
  await page.evaluate((path) => history.pushState(null, '', path), IDLE_PATH);
  await page.evaluate(() => window.__bench.settle(250));
}

async function navigation(page: Page, path: string, visible: Visible): Promise<number> {
  await toIdle(page);
  return page.evaluate(([to, shown]) => window.__bench.navigate(to, shown), [
    path,
    visible,
  ] as const);
}

async function plainRead(page: Page, read: PlainRead, expected: number): Promise<number> {
  await page.evaluate(() => window.__bench.settle(100));
  const { ms, rows } = await page.evaluate((r) => window.__bench.plainRead(r), read);
  if (rows !== expected) throw new Error(`plain read gave ${rows} rows, not ${expected}`);
  return ms;
}

/** Types `query` into the empty search box; milliseconds from the last keystroke to the hits. */
async function typedSearch(page: Page, query: string, visible: Visible): Promise<number> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await page.getByText(/Geben Sie ein oder mehrere Wörter ein/).waitFor();
  await page.evaluate(() => window.__bench.settle(250));
  await page.evaluate(([shown, value]) => window.__bench.armTyping(shown, value), [
    visible,
    query,
  ] as const);
  await box.pressSequentially(query, { timeout: 0 });
  return page.evaluate(() => window.__bench.typingDone());
}

const ms = (value: number) => Math.round(value).toLocaleString('en-US');

function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| what | rows | app (ms) | plain read (ms) | ratio (app/read) | target | met |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const app = median(row.app);
    const plain = median(row.plain);
    const ratio = app / plain;
    const target = row.target;
    let goal = '—';
    let met = '—';
    if (target?.kind === 'ratio') {
      goal = `≤ ${target.value}× read`;
      met = ratio <= target.value ? 'yes' : 'no';
    } else if (target?.kind === 'absolute') {
      goal = `< ${target.value} ms`;
      met = app < target.value ? 'yes' : 'no';
    }
    lines.push(
      `| ${row.what} | ${row.rows.toLocaleString('en-US')} | ${ms(app)} | ${ms(plain)} | ${ratio.toFixed(2)}× | ${goal} | ${met} |`,
    );
  }
  return lines.join('\n');
}

it('times the measure list, a deployment log and search against plain IndexedDB reads', async () => {
  if (!browser) throw new Error('browser did not start');
  const { page } = browser;
  const app = new AppPage(page, inject('baseURL'));

  print();
  print(
    `UI benchmark — ${machineLine()}, ${(await browser.context.browser()?.version()) ?? 'Chromium'}`,
  );
  await page.addInitScript(installProbe);
  await app.open('/');
  await seed(page, device.rows);
  await page.reload({ waitUntil: 'load' });
  await page.locator('main').first().waitFor();

  const pid = device.partnershipId;
  const bigLog = device.deploymentIds[0] ?? '';
  const logSize = LOG_SIZES[0];
  const total = device.rows.length;
  const measures: Visible = {
    countSelector: 'main [role="status"]',
    count: MEASURES,
    suffix: 'Maßnahmen',
    itemSelector: 'main ul li a.card',
  };
  const log: Visible = {
    countSelector: '#log p',
    count: logSize,
    suffix: 'Logeinträge',
    itemSelector: '#log li a.card',
  };
  const searchVisible = (query: string): Visible => {
    const words = query.toLocaleLowerCase('de').split(/\s+/);
    return {
      countSelector: 'main [role="status"]',
      count: expectedHits(device.records, query),
      suffix: 'Treffer',
      itemSelector: 'main section li a.card',
      markedWord: words.at(-1) ?? '',
    };
  };
  const measuresPath = `/p/${idToParam(pid)}/measures`;
  const logPath = `/p/${idToParam(pid)}/deployments/${idToParam(bigLog)}`;
  const commonQuery = 'zisterne';
  const rareQuery = 'eintrag 7778';
  const common = searchVisible(commonQuery);
  const rare = searchVisible(rareQuery);
  const byType: PlainRead = { kind: 'index', index: '[partnershipId+type]', key: [pid, 'measure'] };
  const byDeployment: PlainRead = { kind: 'index', index: 'deploymentId', key: bigLog };
  const everything: PlainRead = { kind: 'all' };

  const lists = { kind: 'ratio', value: 2 } as const;
  const search = { kind: 'absolute', value: 100 } as const;
  const hits = (visible: Visible) => visible.count.toLocaleString('en-US');
  const searchPath = `/search?q=${encodeURIComponent(commonQuery)}`;
  const readAll = () => plainRead(page, everything, total);

  /** What is timed, in the order of the table; each step also does its plain read. */
  const steps: Step[] = [
    {
      row: row('measure list', MEASURES, lists),
      app: () => navigation(page, measuresPath, measures),
      plain: () => plainRead(page, byType, MEASURES),
    },
    {
      row: row('deployment log', logSize, lists),
      app: () => navigation(page, logPath, log),
      plain: () => plainRead(page, byDeployment, logSize),
    },
    {
      row: row(`search typed, ${hits(common)} hits ("${commonQuery}")`, total, search),
      app: async () => {
        await page.evaluate(() => history.pushState(null, '', '/search'));
        return typedSearch(page, commonQuery, common);
      },
      plain: readAll,
    },
    {
      row: row(`search typed, ${hits(rare)} hits ("${rareQuery}")`, total, search),
      app: () => typedSearch(page, rareQuery, rare),
      plain: readAll,
    },
    {
      row: row(`search opened with a query ("${commonQuery}")`, total, null),
      app: () => navigation(page, searchPath, common),
      plain: readAll,
    },
    {
      row: row(`search after a reload: app start, index, query ("${commonQuery}")`, total, null),
      app: async () => {
        await page.evaluate(([key, shown]) => sessionStorage.setItem(key, JSON.stringify(shown)), [
          EXPECT_ON_LOAD,
          common,
        ] as const);
        await page.goto(app.url(searchPath), { waitUntil: 'load' });
        const ms = await page.evaluate(() => window.__bench.loaded());
        // The new document has not loaded the list screens' code yet: not part of the next runs.
        await navigation(page, measuresPath, measures);
        await navigation(page, logPath, log);
        return ms;
      },
      plain: readAll,
    },
  ];
  const rows = steps.map((step) => step.row);

  for (let run = -WARM_UPS; run < RUNS; run++) {
    for (const step of steps) {
      const appFirst = run % 2 === 0;
      const a = appFirst ? await step.app() : undefined;
      const p = await step.plain();
      const b = appFirst ? a : await step.app();
      if (run >= 0 && b !== undefined) {
        step.row.app.push(b);
        step.row.plain.push(p);
      }
      print(`  ${step.row.what}: app ${ms(b ?? Number.NaN)} ms, plain read ${ms(p)} ms`);
    }
    print(
      run < 0 ? `warm-up ${run + WARM_UPS + 1}/${WARM_UPS} done` : `run ${run + 1}/${RUNS} done`,
    );
  }

  print();
  for (const row of rows) {
    print(
      `${row.what}: app ${row.app.map(ms).join(' / ')} ms; plain read ${row.plain.map(ms).join(' / ')} ms`,
    );
  }
  print();
  print(`Medians of ${RUNS} runs:`);
  print(formatTable(rows));
  print();
});
