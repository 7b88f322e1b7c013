// Page object for the offline and update browser tests: one Chromium profile (German interface)
// whose service worker is installed and in control, a network that can be cut for real, a record
// of what the service worker itself fetched, and more tabs of the same app.
import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { AppPage, launchBrowser, watchErrors } from '../browser';
import type { LaunchedBrowser } from '../browser';

/** The demo partnership (src/features/partnerships/demoIds.ts), by the ULIDs in its URLs. */
export const DEMO = {
  partnership: '/p/01JDEM01000000000000000001',
  deployment1: '01JDEM02000000000000000001',
  marketCompost: '01JDEM05000000000000000003',
  kickoffMeeting: '01JDEM04000000000000000001',
} as const;

/**
 * Chromium's console line for a request that got no reply because the network is cut on purpose
 * (watchErrors adds the request's URL after the text).
 */
const NETWORK_CUT =
  /^console\.error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/;

/** One tab of the app in the device's browser. */
export class AppTab extends AppPage {
  private readonly watched: { readonly errors: string[] };

  constructor(page: Page, baseURL: string) {
    super(page, baseURL);
    // Shorter than the test's timeout, so a step that hangs names itself.
    page.setDefaultTimeout(15_000);
    this.watched = watchErrors(page);
  }

  /** Console and page errors, except failed loads while the network is cut. */
  unexpectedErrors(expected: readonly RegExp[] = []): string[] {
    return this.watched.errors.filter(
      (error) => !NETWORK_CUT.test(error) && !expected.some((pattern) => pattern.test(error)),
    );
  }

  /** Whether a service worker controls this page (serves its files). */
  isControlled(): Promise<boolean> {
    return this.page.evaluate(() => navigator.serviceWorker.controller !== null);
  }

  /** The one level-1 heading of the current screen, once it shows `name`. */
  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.main().getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
  }

  /** Waits until the current screen shows `text` (as part of any element's text). */
  async waitForText(text: string): Promise<void> {
    await this.main().getByText(text, { exact: false }).first().waitFor({ state: 'visible' });
  }

  /** The notice below the header about a new version (a status region, never an alert). */
  updateNotice(): Locator {
    return this.page.getByRole('status', { name: 'App-Aktualisierung' });
  }

  /** Loads the demo partnership from the empty start screen. */
  async loadDemo(): Promise<void> {
    await this.open('/');
    await this.main().getByRole('button', { name: 'Demo-Partnerschaft laden' }).click();
    await this.page.waitForURL((url) => url.pathname === DEMO.partnership);
  }
}

export class PwaDevice {
  readonly context: BrowserContext;
  /** The tab Chromium opened with the profile. */
  readonly tab: AppTab;
  private readonly browser: LaunchedBrowser;
  private readonly baseURL: string;
  private offline = false;
  private readonly workerRequests: string[] = [];

  private constructor(browser: LaunchedBrowser, baseURL: string) {
    this.browser = browser;
    this.baseURL = baseURL;
    this.context = browser.context;
    this.tab = new AppTab(browser.page, baseURL);
    // Chromium reports the service worker's own fetches as requests with `serviceWorker()` set.
    this.context.on('request', (request: Request) => {
      if (this.offline && request.serviceWorker()) this.workerRequests.push(request.url());
    });
  }

  /** A fresh profile at phone size with a German interface. */
  static async launch(baseURL: string): Promise<PwaDevice> {
    return new PwaDevice(await launchBrowser({ locale: 'de-DE' }), baseURL);
  }

  close(): Promise<void> {
    return this.browser.close();
  }

  /** Another tab of the same browser (same storage, same service worker). */
  async newTab(): Promise<AppTab> {
    return new AppTab(await this.context.newPage(), this.baseURL);
  }

  /**
   * Opens the app and waits until its service worker is installed (every file precached) and
   * controls the page. The first visit is not controlled (no clients.claim): one reload is.
   */
  async installApp(pathname = '/'): Promise<void> {
    await this.tab.open(pathname);
    await this.tab.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await this.tab.isControlled())) {
      await this.tab.page.reload({ waitUntil: 'load' });
      await this.tab.main().waitFor({ state: 'visible' });
    }
    if (!(await this.tab.isControlled())) {
      throw new Error('the service worker does not control the page after a reload');
    }
  }

  /**
   * Cuts the network for real: the browser reports offline, and every request that would leave
   * the browser fails, the service worker's own fetches included (setOffline alone does not
   * stop those).
   */
  async cutNetwork(): Promise<void> {
    await this.context.route('**', (route) => route.abort('internetdisconnected'));
    await this.context.setOffline(true);
    this.offline = true;
  }

  async restoreNetwork(): Promise<void> {
    this.offline = false;
    await this.context.unrouteAll({ behavior: 'ignoreErrors' });
    await this.context.setOffline(false);
  }

  /** URLs the service worker tried to fetch from the network while it was cut. */
  serviceWorkerRequestsWhileOffline(): readonly string[] {
    return [...this.workerRequests];
  }
}
