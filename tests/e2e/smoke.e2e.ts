// The built app loads in Chromium with the production server's security headers and no errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../server/index.mjs';
import { AppPage, launchBrowser, watchErrors } from './browser';
import type { LaunchedBrowser } from './browser';

const baseURL = inject('baseURL');

describe('smoke', () => {
  let browser: LaunchedBrowser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders <main> with security headers and without console errors', async () => {
    if (!browser) throw new Error('browser did not start');
    const { errors } = watchErrors(browser.page);
    const app = new AppPage(browser.page, baseURL);

    const response = await app.open('/');

    if (!response) throw new Error('no document response');
    expect(response.status()).toBe(200);
    const headers = await response.allHeaders();
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    expect(headers['cache-control']).toBe('no-cache');
    await expect(app.main().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
