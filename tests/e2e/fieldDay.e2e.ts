// A day in the field, in the built app: the demo partnership loads with one tap, a log entry is
// one tap from its deployment, a half-written sentence survives closing the tab, and search
// finds a saved entry by a word of its notes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, launchBrowser, watchErrors } from './browser';
import type { LaunchedBrowser } from './browser';

const baseURL = inject('baseURL');

describe('a day in the field', () => {
  let browser: LaunchedBrowser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'de-DE' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a half-written log entry when the tab is closed, and finds the saved entry', async () => {
    if (!browser) throw new Error('browser did not start');
    const { context } = browser;
    let page = browser.page;
    const { errors } = watchErrors(page);
    const app = new AppPage(page, baseURL);

    await app.open('/');
    await page.getByRole('button', { name: 'Demo-Partnerschaft laden' }).click();
    await page.waitForURL(/\/p\/[0-9A-Z]{26}$/);

    const nav = page.getByRole('navigation', { name: 'Bereiche der Partnerschaft' });
    await nav.getByRole('link', { name: 'Entsendungen' }).click();
    await page.waitForURL(/\/deployments$/);
    await app
      .main()
      .getByRole('link', { name: /Entsendung 1/ })
      .first()
      .click();
    await page.waitForURL(/\/deployments\/[0-9A-Z]{26}$/);

    // One tap to the form; the time is already there.
    await app.main().getByRole('link', { name: 'Neuer Logeintrag' }).first().click();
    await page.waitForURL(/\/log\/new$/);
    const formUrl = page.url();
    const time = await page.getByLabel('Zeitpunkt').inputValue();
    expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    const sentence = 'Am Brunnen von Tanguiga berichten die Frauen, dass die Pumpe seit';
    await page.getByRole('textbox', { name: 'Notizen' }).fill(sentence);
    // Typing is in IndexedDB within a second; then the tab goes away mid-sentence.
    await page.waitForTimeout(1200);
    await page.close();

    page = await context.newPage();
    const reopened = new AppPage(page, baseURL);
    await page.goto(formUrl, { waitUntil: 'load' });
    await reopened.main().waitFor({ state: 'visible' });
    const notes = page.getByRole('textbox', { name: 'Notizen' });
    await expect.poll(() => notes.inputValue(), { timeout: 10_000 }).toBe(sentence);
    await page.getByText(/nicht gespeicherter Entwurf/).waitFor({ state: 'visible' });

    await notes.fill(`${sentence} drei Wochen ausgefallen ist.`);
    await page.getByRole('textbox', { name: 'Titel' }).fill('Brunnen Tanguiga');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForURL(/\/deployments\/[0-9A-Z]{26}$/);
    await page.getByRole('link', { name: /Brunnen Tanguiga/ }).waitFor({ state: 'visible' });

    await reopened.open('/search');
    await page.getByRole('searchbox').fill('ausgefallen');
    const result = page.getByRole('link', { name: /Brunnen Tanguiga/ });
    await result.waitFor({ state: 'visible' });
    await expect(page.locator('mark').first().textContent()).resolves.toBe('ausgefallen');
    expect(errors).toEqual([]);
  });
});
