// Page object for the storage and location browser tests: a fresh profile (German interface) with
// the demo partnership loaded, and the form for a new entry in the log of its first deployment.
import type { BrowserContext, Locator } from 'playwright-core';
import { launchBrowser } from '../browser';
import type { LaunchedBrowser } from '../browser';
import { AppTab, DEMO } from './pwaDevice';

/** The first demo deployment and the form for its next log entry. */
export const DEPLOYMENT_PATH = `${DEMO.partnership}/deployments/${DEMO.deployment1}`;
export const NEW_LOG_ENTRY_PATH = `${DEPLOYMENT_PATH}/log/new`;

export class LogEntryDevice {
  readonly context: BrowserContext;
  readonly tab: AppTab;
  private readonly browser: LaunchedBrowser;

  private constructor(browser: LaunchedBrowser, baseURL: string) {
    this.browser = browser;
    this.context = browser.context;
    this.tab = new AppTab(browser.page, baseURL);
  }

  static async launch(baseURL: string): Promise<LogEntryDevice> {
    return new LogEntryDevice(await launchBrowser({ locale: 'de-DE' }), baseURL);
  }

  close(): Promise<void> {
    return this.browser.close();
  }

  /** Opens the form for a new log entry (loading the demo partnership first when asked). */
  async openNewLogEntry({ loadDemo = false } = {}): Promise<void> {
    if (loadDemo) await this.tab.loadDemo();
    await this.tab.open(NEW_LOG_ENTRY_PATH);
    await this.tab.waitForHeading('Neuer Logeintrag');
  }

  notes(): Locator {
    return this.tab.page.getByRole('textbox', { name: 'Notizen' });
  }

  /** The location part of the log entry form. */
  locationField(): Locator {
    return this.tab.main().getByRole('group', { name: 'Standort' });
  }

  async save(): Promise<void> {
    await this.tab.main().getByRole('button', { name: 'Speichern', exact: true }).click();
  }

  /** Waits until saving has led back to the deployment and its log shows the entry. */
  async waitForSavedEntry(title: string | RegExp): Promise<Locator> {
    await this.tab.page.waitForURL((url) => url.pathname === DEPLOYMENT_PATH);
    const entry = this.tab.main().getByRole('link', { name: title });
    await entry.first().waitFor({ state: 'visible' });
    return entry;
  }
}
