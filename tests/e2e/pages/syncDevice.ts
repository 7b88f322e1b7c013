// Page object for one device in the sync browser test: its own Chromium profile, one signed-in
// account, a network that can be cut, and the few screens the test walks through (German UI).
import type { BrowserContext, Locator } from 'playwright-core';
import { AppPage, launchBrowser, watchErrors } from '../browser';
import type { LaunchedBrowser } from '../browser';

/** The app's requests to the CouchDB API (same origin, under /couch/). */
const COUCH_ROUTE = '**/couch/**';

/**
 * Chromium's console line for a request to the CouchDB API that got no reply: expected while the
 * network is cut on purpose (watchErrors adds the request's URL after the text).
 */
const COUCH_UNREACHABLE =
  /^console\.error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED) \(\S+\/couch\//;

export class SyncDevice extends AppPage {
  readonly context: BrowserContext;
  private readonly browser: LaunchedBrowser;
  private readonly watched: { readonly errors: string[] };

  private constructor(browser: LaunchedBrowser, baseURL: string) {
    super(browser.page, baseURL);
    this.browser = browser;
    this.context = browser.context;
    this.watched = watchErrors(browser.page);
  }

  /** A fresh profile at phone size with a German interface. */
  static async launch(baseURL: string): Promise<SyncDevice> {
    return new SyncDevice(await launchBrowser({ locale: 'de-DE' }), baseURL);
  }

  close(): Promise<void> {
    return this.browser.close();
  }

  /**
   * Console and page errors, except Chromium's reports of CouchDB requests that got no reply
   * (the network was cut on purpose) and those `expected` matches (give the reason where called).
   */
  unexpectedErrors(expected: readonly RegExp[] = []): string[] {
    return this.watched.errors.filter(
      (error) => !COUCH_UNREACHABLE.test(error) && !expected.some((pattern) => pattern.test(error)),
    );
  }

  /** The sync state in the header, found by what it says (its accessible name). */
  indicator(label: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: label, exact: true });
  }

  async waitForIndicator(label: string, timeout = 30_000): Promise<void> {
    await this.indicator(label).waitFor({ state: 'visible', timeout });
  }

  /**
   * Goes to an app path the way a tapped link does (client-side routing, no page load), so it
   * works offline too: there is no service worker yet to serve a reloaded page.
   */
  async go(pathname: string): Promise<void> {
    await this.page.evaluate((to) => window.history.pushState(null, '', to), pathname);
    await this.page.waitForURL((url) => url.pathname + url.search === pathname);
  }

  async signIn(name: string, password: string): Promise<void> {
    await this.open('/sign-in');
    await this.page.getByRole('textbox', { name: 'Benutzername' }).fill(name);
    await this.page.getByLabel('Passwort').fill(password);
    await this.main().getByRole('button', { name: 'Anmelden', exact: true }).click();
    await this.page.waitForURL((url) => url.pathname === '/');
  }

  /**
   * Cuts the network: the browser reports offline (navigator.onLine, the `offline` event) and
   * every request to the CouchDB API fails, whoever makes it.
   */
  async goOffline(): Promise<void> {
    await this.context.route(COUCH_ROUTE, (route) => route.abort('internetdisconnected'));
    await this.context.setOffline(true);
    await this.waitForIndicator('Offline', 10_000);
    const reached = await this.page.evaluate(() =>
      fetch('/couch/_session', { headers: { Accept: 'application/json' } }).then(
        () => true,
        () => false,
      ),
    );
    if (reached) throw new Error('the CouchDB API still answers although the network is cut');
  }

  async goOnline(): Promise<void> {
    await this.context.unroute(COUCH_ROUTE);
    await this.context.setOffline(false);
  }

  /** Asks for a sync on the sync page ("Jetzt synchronisieren"). */
  async syncNow(): Promise<void> {
    await this.go('/sync');
    const button = this.main().getByRole('button', { name: 'Jetzt synchronisieren' });
    // Disabled while a sync runs; the request must start a new one after it.
    await button.and(this.page.locator(':enabled')).waitFor({ state: 'visible' });
    await button.click();
  }

  /** Opens a record's edit form (in the app), fills fields by their ids, saves, sees them saved. */
  async editRecord(editPath: string, fields: Readonly<Record<string, string>>): Promise<void> {
    await this.go(editPath);
    await this.fillAndSave(fields);
    await this.page.waitForURL((url) => url.pathname === editPath.replace(/\/edit$/, ''));
    // The detail screen shows what was saved (its code was loaded, offline too).
    for (const value of Object.values(fields)) await this.waitForText(value);
  }

  /**
   * Fills fields of the form on screen and presses "Speichern". Fields are found by id, which is
   * the record field's path (`title`, `description`): labels repeat (a resource's description).
   */
  async fillAndSave(fields: Readonly<Record<string, string>>): Promise<void> {
    for (const [id, value] of Object.entries(fields)) {
      const field = this.main().locator(`[id="${id}"]`);
      await field.waitFor({ state: 'visible' });
      await field.fill(value);
    }
    await this.main().getByRole('button', { name: 'Speichern', exact: true }).click();
  }

  /** Waits until the current screen shows `text` (as part of any element's text). */
  async waitForText(text: string, timeout = 30_000): Promise<void> {
    await this.main()
      .getByText(text, { exact: false })
      .first()
      .waitFor({ state: 'visible', timeout });
  }
}
