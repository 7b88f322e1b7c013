// A measure made through the real forms in the built app survives a reload and is found in the
// list, and the list's filters live in the address (so a reload keeps them).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, launchBrowser, watchErrors } from './browser';
import type { LaunchedBrowser } from './browser';

const baseURL = inject('baseURL');

describe('measures in the browser', () => {
  let browser: LaunchedBrowser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'de-DE' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a partnership and a measure, and finds the measure in the list after a reload', async () => {
    if (!browser) throw new Error('browser did not start');
    const { page } = browser;
    const { errors } = watchErrors(page);
    const app = new AppPage(page, baseURL);

    // The partnership, through its form.
    await app.open('/partnerships/new');
    await page.getByRole('textbox', { name: 'Deutsche Kommune' }).fill('Musterstadt');
    await page.getByRole('textbox', { name: 'Partnerkommune' }).fill('Kumasi');
    await page
      .getByRole('combobox', { name: 'Land der Partnerkommune' })
      .selectOption({ label: 'Ghana' });
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForURL(/\/p\/[0-9A-Z]{26}$/);

    // The measure, through its form.
    const partnershipNav = page.getByRole('navigation', { name: 'Bereiche der Partnerschaft' });
    await partnershipNav.getByRole('link', { name: 'Maßnahmen' }).click();
    await page.waitForURL(/\/measures$/);
    await app.main().getByRole('link', { name: 'Neue Maßnahme' }).first().click();
    await page.waitForURL(/\/measures\/new$/);
    await page.getByRole('textbox', { name: 'Titel' }).fill('Solardächer auf Schulen');
    await page
      .getByRole('combobox', { name: 'Handlungsfeld' })
      .selectOption({ label: 'Erneuerbare Energien' });
    await page.getByRole('checkbox', { name: 'SDG 7: Bezahlbare und saubere Energie' }).check();
    await page.getByRole('spinbutton', { name: /Geschätzte Minderung/ }).fill('12.5');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForURL(/\/measures\/[0-9A-Z]{26}$/);
    await page
      .getByRole('heading', { level: 1, name: 'Solardächer auf Schulen' })
      .waitFor({ state: 'visible' });

    // The status flow's stylesheet loads under the strict CSP: the current step is highlighted.
    const current = page.locator('.status-flow [aria-current="step"]');
    await expect(current.textContent()).resolves.toBe('Idee');
    await expect(
      current.evaluate((element) => getComputedStyle(element).backgroundColor),
    ).resolves.toBe('rgb(11, 93, 59)');

    // The list, after a reload, with a filter in the address.
    await partnershipNav.getByRole('link', { name: 'Maßnahmen' }).click();
    await page.waitForURL(/\/measures$/);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Idee' });
    await page.waitForURL(/\/measures\?status=idea$/);
    await page.reload({ waitUntil: 'load' });

    const card = page.getByRole('link', { name: /Solardächer auf Schulen/ });
    await card.waitFor({ state: 'visible' });
    await expect(card.textContent()).resolves.toContain('ca. 12,5 t CO₂e/Jahr');
    await expect(page.getByRole('combobox', { name: 'Status' }).inputValue()).resolves.toBe('idea');
    await page.getByText('1 von 1 Maßnahme', { exact: true }).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });
});
