// Updating the installed app loses nothing: a server of its own serves version 1 (the e2e build),
// then version 2 (built here with another version number) replaces it. The app notices the new
// version, offers it while a form is open, and applying it writes every open draft first: the
// text typed just before is back after the reload. Another tab where someone is typing keeps its
// text and is told to reload; an idle tab reloads by itself; an old tab that asks for a screen
// whose code changed says the app was updated instead of crashing.
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index.mjs';
import { buildApp } from './buildApp';
import { DEMO, PwaDevice, type AppTab } from './pages/pwaDevice';

const root = fileURLToPath(new URL('../..', import.meta.url));
const v1Dir = path.join(root, '.tmp', 'e2e-dist');
const workDir = path.join(root, '.tmp', 'e2e-update');
const v2Dir = path.join(workDir, 'v2');
const servedDir = path.join(workDir, 'served');
const V2 = 'e2e-update-2';
const P = DEMO.partnership;

/** Puts a build in place of the served one, as a deployment does (old files are gone). */
async function deploy(from: string): Promise<void> {
  await rm(servedDir, { recursive: true, force: true });
  await cp(from, servedDir, { recursive: true });
}

/** Marks the page, so a test can tell whether it has been reloaded since. */
async function mark(tab: AppTab): Promise<void> {
  await tab.page.evaluate(() => {
    document.documentElement.dataset['testMark'] = 'before';
  });
}

function isMarked(tab: AppTab): Promise<boolean> {
  return tab.page.evaluate(() => document.documentElement.dataset['testMark'] === 'before');
}

describe('app update', () => {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let device: PwaDevice | undefined;

  beforeAll(async () => {
    await mkdir(workDir, { recursive: true });
    // Version 2: the same app with another version number (src/features/settings/AboutSection).
    process.env['VITE_APP_VERSION'] = V2;
    try {
      await buildApp(v2Dir);
    } finally {
      delete process.env['VITE_APP_VERSION'];
    }
    await deploy(v1Dir);
    server = await startServer({ port: 0, host: '127.0.0.1', distDir: servedDir });
    device = await PwaDevice.launch(server.url);
  });

  afterAll(async () => {
    await device?.close();
    await server?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('keeps the text of every open form across an update, in every tab', async () => {
    if (!device) throw new Error('browser did not start');
    const a = device.tab;
    await device.installApp('/');
    await a.loadDemo();

    // Tab A: a new log entry, half written.
    const formA = `${P}/deployments/${DEMO.deployment1}/log/new`;
    await a.open(formA);
    const titleA = a.page.getByRole('textbox', { name: 'Titel' });
    const notesA = a.page.getByRole('textbox', { name: 'Notizen' });
    await titleA.fill('Brunnen Secteur 4');

    // Tab B: a new meeting, someone still typing in it.
    const b = await device.newTab();
    const formB = `${P}/meetings/new`;
    await b.open(formB);
    const titleB = b.page.getByRole('textbox', { name: 'Titel' });
    await titleB.fill('Treffen mit dem Wasserkomitee');
    await mark(b);

    // Tab C: idle on a list.
    const c = await device.newTab();
    await c.open(`${P}/measures`);
    await c.waitForText('Brunnen im Secteur 4');
    await mark(c);

    // Version 2 goes live; tab A checks for it as it does when it becomes visible again.
    await deploy(v2Dir);
    await a.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    for (const tab of [a, b, c]) {
      await tab.updateNotice().getByText('Neue Version von Klimapartner').waitFor();
    }
    // Nothing reloaded by itself while the new version waits.
    await expect(isMarked(b)).resolves.toBe(true);
    await expect(isMarked(c)).resolves.toBe(true);

    // The last words are typed right before the go-ahead: only the flush can have stored them.
    const notes = 'Die Pumpe steht seit drei Wochen still; Ersatzteil bestellt.';
    await notesA.fill(notes);
    const aReloaded = a.page.waitForEvent('load');
    const cReloaded = c.page.waitForEvent('load');
    await a.updateNotice().getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await aReloaded;

    // A runs version 2 and its form shows everything typed.
    await a.main().waitFor({ state: 'visible' });
    await expect.poll(() => notesA.inputValue()).toBe(notes);
    await expect(titleA.inputValue()).resolves.toBe('Brunnen Secteur 4');
    await expect(a.updateNotice().count()).resolves.toBe(0);

    // C, where nobody typed, reloaded by itself.
    await cReloaded;
    await c.waitForText('Brunnen im Secteur 4');

    // B, where someone is typing, did not reload: its text is there, and it is told why to reload.
    await b.updateNotice().getByText('In einem anderen Tab aktualisiert').waitFor();
    await expect(isMarked(b)).resolves.toBe(true);
    await expect(titleB.inputValue()).resolves.toBe('Treffen mit dem Wasserkomitee');

    // B still runs version 1, whose settings screen changed in version 2. Its file is gone from
    // the server and the precache; the browser's HTTP cache still has it from precaching and is
    // emptied, as a browser short of space does. B says the app was updated; a reload brings 2.
    const cdp = await device.context.newCDPSession(b.page);
    await cdp.send('Network.clearBrowserCache');
    await b.page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Einstellungen' })
      .click();
    await b.main().getByText('Klimapartner wurde aktualisiert').waitFor();
    const bReloaded = b.page.waitForEvent('load');
    await b.main().getByRole('button', { name: 'Neu laden' }).click();
    await bReloaded;
    await b.waitForHeading('Einstellungen');
    await b.waitForText(`Version ${V2}`);

    // B's meeting is still waiting in its form.
    await b.open(formB);
    await expect.poll(() => titleB.inputValue()).toBe('Treffen mit dem Wasserkomitee');

    expect(a.unexpectedErrors()).toEqual([]);
    expect(c.unexpectedErrors()).toEqual([]);
    // B's failed load of version 1's settings screen is reported, and nothing else.
    expect(
      b.unexpectedErrors([
        /Failed to load resource: the server responded with a status of 404/,
        /Failed to fetch dynamically imported module/,
        /Screen crashed/,
      ]),
    ).toEqual([]);
  });
});
