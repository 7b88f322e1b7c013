// Launches Debian's Chromium (apt-get install -y chromium) through playwright-core with a fresh
// profile under .tmp/, so every test starts with empty storage (IndexedDB, service workers, caches).
// Never `npx playwright install`: there is no download network here.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, ConsoleMessage, Page, Response } from 'playwright-core';

type PersistentContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

const root = fileURLToPath(new URL('../..', import.meta.url));

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Phone-sized viewport: the app is used in the field. */
export const DEFAULT_VIEWPORT = { width: 360, height: 780 } as const;

export interface LaunchedBrowser {
  /** The persistent context (one profile). Use `context.newPage()` for more tabs. */
  readonly context: BrowserContext;
  /** The tab Chromium opened with the profile. */
  readonly page: Page;
  /** The profile folder (removed by `close()`). */
  readonly userDataDir: string;
  /** Closes Chromium and deletes the profile folder. Safe to call twice. */
  close(): Promise<void>;
}

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/**
 * Starts Chromium with a fresh profile. Extra options (locale, offline, …) are passed to
 * `launchPersistentContext`; `args` are appended to the required flags.
 */
export async function launchBrowser(
  options: PersistentContextOptions = {},
): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  const profilesDir = path.join(root, '.tmp', 'chromium-profiles');
  await mkdir(profilesDir, { recursive: true });
  const userDataDir = await mkdtemp(path.join(profilesDir, 'profile-'));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      viewport: DEFAULT_VIEWPORT,
      ...options,
      executablePath,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());

  let closed: Promise<void> | undefined;
  return {
    context,
    page,
    userDataDir,
    close() {
      closed ??= (async () => {
        try {
          await context.close();
        } finally {
          await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
        }
      })();
      return closed;
    },
  };
}

/**
 * Collects console errors and uncaught page errors from a page. Check `errors` at the end of a
 * test: CSP violations, failed loads and React errors all show up here.
 */
export function watchErrors(page: Page): { readonly errors: string[] } {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error: Error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  return { errors };
}

/** Base for page objects: knows the page and the server's base URL. */
export class AppPage {
  readonly page: Page;
  readonly baseURL: string;

  constructor(page: Page, baseURL: string) {
    this.page = page;
    this.baseURL = baseURL.replace(/\/+$/, '');
  }

  /** Absolute URL for an app path such as `/measures`. */
  url(pathname = '/'): string {
    return new URL(pathname, `${this.baseURL}/`).href;
  }

  /** Navigates and waits for the app shell's `<main>` landmark. Returns the document response. */
  async open(pathname = '/'): Promise<Response | null> {
    const response = await this.page.goto(this.url(pathname), { waitUntil: 'load' });
    await this.main().waitFor({ state: 'visible' });
    return response;
  }

  main() {
    return this.page.locator('main').first();
  }
}
