// The offline shell in the built app: after one visit with a network, every main screen reloads
// with the network cut for real, a deep link opens offline for the first time, a log entry
// written offline survives an offline reload, and the service worker never reaches for the
// network meanwhile. The web app manifest is served and complete.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, PwaDevice } from './pages/pwaDevice';

const baseURL = inject('baseURL');
const P = DEMO.partnership;

/** Every main screen, reloaded offline, with something that shows its content is there. */
const MAIN_SCREENS: readonly { path: string; heading: string | RegExp; shows?: string }[] = [
  { path: '/', heading: 'Partnerschaften auf diesem Gerät', shows: 'Lindenau am Main' },
  { path: P, heading: /Lindenau am Main/ },
  { path: `${P}/measures`, heading: 'Maßnahmen', shows: 'Brunnen im Secteur 4' },
  {
    path: `${P}/measures/${DEMO.marketCompost}`,
    heading: 'Kompostierung der organischen Marktabfälle',
  },
  { path: `${P}/deployments`, heading: 'Entsendungen', shows: 'Sanoré, Burkina Faso' },
  { path: `${P}/deployments/${DEMO.deployment1}/log/new`, heading: 'Neuer Logeintrag' },
  { path: `${P}/meetings`, heading: 'Treffen', shows: 'Netzwerktreffen der Klimapartnerschaften' },
  { path: `${P}/programme`, heading: /Handlungsprogramm/ },
  { path: `${P}/follow-ups`, heading: /Aufgaben/ },
  { path: '/search', heading: 'Suche' },
  { path: '/settings', heading: 'Einstellungen', shows: 'Als App installieren' },
  { path: '/sync', heading: 'Synchronisierung' },
];

/** PNG width and height from its header (IHDR). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('offline shell', () => {
  let device: PwaDevice | undefined;

  beforeAll(async () => {
    device = await PwaDevice.launch(baseURL);
  });

  afterAll(async () => {
    await device?.close();
  });

  it('serves a complete web app manifest that index.html links', async () => {
    if (!device) throw new Error('browser did not start');
    const { request } = device.context;
    const response = await request.get(`${baseURL}/manifest.webmanifest`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
      shortcuts: { name: string; url: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Klimapartner',
      short_name: 'Klimapartner',
      lang: 'de',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b5d3b',
      background_color: '#0b5d3b',
    });
    expect(typeof manifest['description']).toBe('string');
    expect(manifest.shortcuts).toEqual([
      expect.objectContaining({ name: 'Neuer Logeintrag', url: '/log/new' }),
    ]);

    const wanted = [
      { sizes: '192x192', purpose: 'any' },
      { sizes: '512x512', purpose: 'any' },
      { sizes: '512x512', purpose: 'maskable' },
    ];
    for (const { sizes, purpose } of wanted) {
      const icon = manifest.icons.find((i) => i.sizes === sizes && i.purpose === purpose);
      if (!icon) throw new Error(`no ${purpose} icon of ${sizes}`);
      expect(icon.type).toBe('image/png');
      const file = await request.get(new URL(icon.src, baseURL).href);
      expect(file.status(), icon.src).toBe(200);
      const { width, height } = pngSize(await file.body());
      expect(`${width}x${height}`).toBe(sizes);
    }
    const appleIcon = await request.get(`${baseURL}/apple-touch-icon.png`);
    expect(pngSize(await appleIcon.body())).toEqual({ width: 180, height: 180 });

    // index.html links the manifest, and its theme colour is the manifest's.
    const { tab } = device;
    await tab.open('/');
    await expect(tab.page.locator('link[rel="manifest"]').getAttribute('href')).resolves.toBe(
      '/manifest.webmanifest',
    );
    await expect(
      tab.page.locator('meta[name="theme-color"]').getAttribute('content'),
    ).resolves.toBe(manifest['theme_color']);
  });

  it('reloads every main screen, opens a deep link and keeps a new entry with the network cut', async () => {
    if (!device) throw new Error('browser did not start');
    const { tab } = device;

    // Online once: the demo partnership, and the service worker in control.
    await device.installApp('/');
    await tab.loadDemo();
    // /couch/ is the server's, never the app shell's, even when opened as a page.
    const couch = await tab.page.goto(tab.url('/couch/'));
    expect(couch?.fromServiceWorker()).toBe(false);
    await expect(couch?.json()).resolves.toHaveProperty('express-pouchdb', 'Welcome!');
    await device.cutNetwork();

    for (const screen of MAIN_SCREENS) {
      await tab.page.goto(tab.url(screen.path), { waitUntil: 'load' });
      await tab.waitForHeading(screen.heading);
      if (screen.shows) await tab.waitForText(screen.shows);
    }
    await expect(tab.isControlled()).resolves.toBe(true);

    // A deep link into a screen never opened before, in a new tab, with no network.
    const deep = await device.newTab();
    await deep.page.goto(deep.url(`${P}/meetings/${DEMO.kickoffMeeting}`), { waitUntil: 'load' });
    await deep.waitForHeading('Internationaler Auftaktworkshop der Phase 1');
    await deep.page.close();

    // The installed app's shortcut: no deployment is under way in the demo, so it asks which.
    await tab.page.goto(tab.url('/log/new'), { waitUntil: 'load' });
    await tab.waitForHeading('Neuer Logeintrag');
    await tab.waitForText('Zu welcher Entsendung gehört der Eintrag?');
    await tab
      .main()
      .getByRole('link', { name: /Entsendung 3 · zur Partnerkommune/ })
      .click();
    await tab.page.waitForURL((url) =>
      /\/deployments\/01JDEM02000000000000000003\/log\/new$/.test(url.pathname),
    );

    // A log entry written offline is there after an offline reload.
    await tab.page.getByRole('textbox', { name: 'Titel' }).fill('Offline am Markt notiert');
    await tab.page
      .getByRole('textbox', { name: 'Notizen' })
      .fill('Kompostmieten ohne Netz besucht.');
    await tab.page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await tab.page.waitForURL((url) =>
      url.pathname.endsWith('/deployments/01JDEM02000000000000000003'),
    );
    await tab.page.reload({ waitUntil: 'load' });
    await tab
      .main()
      .getByRole('link', { name: /Offline am Markt notiert/ })
      .waitFor({ state: 'visible' });

    expect(device.serviceWorkerRequestsWhileOffline()).toEqual([]);
    expect(tab.unexpectedErrors()).toEqual([]);
  });
});
