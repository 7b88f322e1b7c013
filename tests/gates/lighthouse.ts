// Runs Lighthouse 12 with its default config, the mobile preset (a mid-range phone on slow 4G:
// 150 ms round trip, 1.6 Mbit/s, simulated) against the app in Debian's Chromium. Playwright starts
// Chromium with a fresh profile and a DevTools port; Lighthouse connects to that port and opens its
// own tab for every run.
//
// Two kinds of load:
// - first visit (`empty` screens, run before anything else): a cold load on a new device, every
//   file from the network;
// - returning visit (every other screen): the demo partnership was loaded through the app's own
//   button before, so the records are in IndexedDB and the service worker and the browser cache
//   hold the app, as on every later start of the installed app (`disableStorageReset`).
// `cold: true` (GATES_LH_COLD=1) makes the returning visits cold too: Lighthouse then clears the
// service worker, Cache Storage and the HTTP cache before each run, but never IndexedDB.
//
// CPU: the preset slows the CPU down 4× to turn a fast desktop into a mid-range phone. On a slower
// or busy host that over-slows (Lighthouse warns about it), so the multiplier is calibrated before
// every run from Lighthouse's own CPU benchmark with the Lighthouse team's calculator
// (github.com/patrickhulce/lighthouse-cpu-throttling-calculator, docs/throttling.md in Lighthouse),
// never above the preset's 4. A fixed `cpuSlowdown` (GATES_LH_CPU=4: the plain preset) replaces it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import type { Page } from 'playwright-core';
import { median } from '../bench/benchTable';
import { launchBrowser } from '../e2e/browser';
import type { LaunchedBrowser } from '../e2e/browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Minimum scores (0–100) per category. */
export const THRESHOLDS: Readonly<Record<Category, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
};

/** The preset's CPU slowdown, for a host with a benchmark index of about 1500 (a fast desktop). */
const PRESET_CPU_SLOWDOWN = 4;

/** The metrics shown next to the scores. */
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
] as const;

export interface LighthouseScreen {
  readonly name: string;
  readonly path: string;
  /** Measured before the demo partnership is loaded (a first visit on a new device). */
  readonly empty?: boolean;
}

export interface ScreenResult {
  readonly screen: LighthouseScreen;
  /** How it was loaded: `first visit`, `returning` or `cold`. */
  readonly load: string;
  /** Per category: the median over the runs for performance, the lowest for the others. */
  readonly scores: Record<Category, number>;
  /** Metric display values of the run with the median performance score. */
  readonly metrics: Record<string, string>;
  /** The CPU slowdown of each run. */
  readonly cpuSlowdowns: readonly number[];
  /** Audits below full marks that count towards a category (from every run, deduplicated). */
  readonly failingAudits: readonly string[];
}

/**
 * The CPU slowdown that turns a host with this Lighthouse benchmark index into the preset's phone,
 * per the Lighthouse team's calculator, capped at the preset's 4×.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - 150) / 650;
  return Math.round(Math.min(PRESET_CPU_SLOWDOWN, Math.max(1, multiplier)) * 10) / 10;
}

/** Lighthouse's CPU benchmark (core/lib/page-functions.js computeBenchmarkIndex), run in a tab. */
async function benchmarkIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const gc = () => {
      const start = Date.now();
      let iterations = 0;
      while (Date.now() - start < 500) {
        let s = '';
        for (let j = 0; j < 10000; j++) s += 'a';
        if (s.length === 1) throw new Error('never');
        iterations++;
      }
      return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
    };
    const noGc = () => {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
      const start = Date.now();
      let iterations = 0;
      while (iterations % 10 !== 0 || Date.now() - start < 500) {
        const src = iterations % 2 === 0 ? a : b;
        const tgt = iterations % 2 === 0 ? b : a;
        for (let j = 0; j < src.length; j++) tgt[j] = src[j] ?? 0;
        iterations++;
      }
      return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
    };
    return (gc() + noGc()) / 2;
  });
}

const score = (lhr: Result, category: Category) =>
  Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** The weighted audits that lost points; performance only lists those not in the green (< 0.9). */
function failingAudits(lhr: Result): string[] {
  const lines: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null) continue;
      if (audit.score >= (category === 'performance' ? 0.9 : 1)) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      lines.push(`${category}: ${audit.id} score ${audit.score}${value} — ${audit.title}`);
    }
  }
  if (lhr.runtimeError) lines.push(`runtime error: ${lhr.runtimeError.message}`);
  return lines;
}

function summarise(screen: LighthouseScreen, load: string, lhrs: Result[]): ScreenResult {
  const performance = lhrs.map((lhr) => score(lhr, 'performance'));
  const medianPerformance = Math.round(median(performance));
  // The run whose score is nearest the median shows its metrics.
  const distance = performance.map((value) => Math.abs(value - medianPerformance));
  const representative = lhrs[distance.indexOf(Math.min(...distance))];
  if (!representative) throw new Error(`no Lighthouse run for ${screen.name}`);
  return {
    screen,
    load,
    scores: {
      performance: medianPerformance,
      accessibility: Math.min(...lhrs.map((lhr) => score(lhr, 'accessibility'))),
      'best-practices': Math.min(...lhrs.map((lhr) => score(lhr, 'best-practices'))),
    },
    metrics: Object.fromEntries(
      METRICS.map(([label, id]) => [label, representative.audits[id]?.displayValue ?? '?']),
    ),
    cpuSlowdowns: lhrs.map((lhr) => lhr.configSettings.throttling.cpuSlowdownMultiplier ?? 0),
    failingAudits: [...new Set(lhrs.flatMap(failingAudits))],
  };
}

/** Reads the DevTools port Chromium picked for `--remote-debugging-port=0`. */
async function devToolsPort(userDataDir: string): Promise<number> {
  const file = path.join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (Number.isInteger(port) && port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium did not write ${file}`);
}

export interface LighthouseOptions {
  readonly baseURL: string;
  readonly screens: readonly LighthouseScreen[];
  /** Puts the records on the device before the screens that are not `empty`. */
  readonly loadDemo: (browser: LaunchedBrowser) => Promise<void>;
  /** Runs per screen; the performance score is their median. */
  readonly runs: number;
  /** A fixed CPU slowdown instead of the calibrated one. */
  readonly cpuSlowdown?: number | undefined;
  /** Returning visits load cold as well (service worker and caches cleared, IndexedDB kept). */
  readonly cold?: boolean;
  /** Each run's full report is written here as JSON. */
  readonly reportDir: string;
}

/** Runs Lighthouse on every screen, first the empty ones, then (after `loadDemo`) the others. */
export async function runLighthouse(options: LighthouseOptions): Promise<ScreenResult[]> {
  const browser = await launchBrowser({
    locale: 'de-DE',
    args: ['--remote-debugging-port=0', '--lang=de-DE'],
  });
  await mkdir(options.reportDir, { recursive: true });
  try {
    const port = await devToolsPort(browser.userDataDir);
    const ordered = [
      ...options.screens.filter((screen) => screen.empty),
      ...options.screens.filter((screen) => !screen.empty),
    ];
    const results: ScreenResult[] = [];
    let demoLoaded = false;
    for (const screen of ordered) {
      if (!screen.empty && !demoLoaded) {
        await options.loadDemo(browser);
        demoLoaded = true;
      }
      // The tab that loaded the demo rests between runs (and measures the CPU), so it takes no CPU
      // from the runs.
      await browser.page.goto('about:blank');
      const lhrs: Result[] = [];
      for (let run = 1; run <= options.runs; run += 1) {
        const cpuSlowdownMultiplier =
          options.cpuSlowdown ?? calibratedCpuSlowdown(await benchmarkIndex(browser.page));
        const url = new URL(screen.path, `${options.baseURL}/`).href;
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          throttling: { cpuSlowdownMultiplier },
          disableStorageReset: !screen.empty && !options.cold,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        lhrs.push(result.lhr);
        const slug = screen.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        await writeFile(path.join(options.reportDir, `${slug}-${run}.json`), result.report);
      }
      const load = screen.empty ? 'first visit' : options.cold ? 'cold' : 'returning';
      results.push(summarise(screen, load, lhrs));
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Whether a screen meets every threshold. */
export function meetsThresholds(result: ScreenResult): boolean {
  return CATEGORIES.every((category) => result.scores[category] >= THRESHOLDS[category]);
}

/** A Markdown table of scores and metrics (as in the README), then the audits that lost points. */
export function lighthouseReport(results: readonly ScreenResult[]): string {
  const runs = results[0]?.cpuSlowdowns.length ?? 0;
  const thresholds = CATEGORIES.map((category) => `${category} ≥ ${THRESHOLDS[category]}`);
  const lines = [
    `Lighthouse 12, mobile preset, ${runs} run(s) per screen (performance: median; ` +
      'accessibility, best practices: lowest; CPU×: slowdown per run).',
    `Thresholds: ${thresholds.join(', ')}.`,
    '',
    `| screen | load | performance | accessibility | best practices | ${METRICS.map(([label]) => label).join(' | ')} | CPU× | met |`,
    `| --- | --- | ---: | ---: | ---: | ${METRICS.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...results.map((result) =>
      [
        '',
        result.screen.name,
        result.load,
        ...CATEGORIES.map((category) => String(result.scores[category])),
        ...METRICS.map(([label]) => result.metrics[label] ?? '?'),
        result.cpuSlowdowns.join(' / '),
        meetsThresholds(result) ? 'yes' : 'no',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  const failing = results.filter((result) => result.failingAudits.length > 0);
  if (failing.length > 0) {
    lines.push('', 'Audits that lost points (any run):');
    for (const result of failing) {
      lines.push(`  ${result.screen.name}:`, ...result.failingAudits.map((a) => `    ${a}`));
    }
  }
  return lines.join('\n');
}
