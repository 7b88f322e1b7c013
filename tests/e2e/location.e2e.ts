// The location of a log entry in the built app, with Chromium's geolocation permission granted and
// its position set by the test: nothing is asked until the tap, the position shows with its
// accuracy, survives a reload in the draft, is saved, and opens by a geo: link; a poor reading is
// flagged and a better one replaces it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LogEntryDevice } from './pages/logEntryForm';

const baseURL = inject('baseURL');

/** The market hall of the demo's partner town, about as a phone outdoors reports it. */
const MARKET = { latitude: 12.2534, longitude: -2.3625, accuracy: 12 };

describe('location on a log entry', () => {
  let device: LogEntryDevice | undefined;

  beforeAll(async () => {
    device = await LogEntryDevice.launch(baseURL);
    await device.context.grantPermissions(['geolocation'], { origin: baseURL });
    // Count every request for the position, to see that none happens without a tap.
    await device.context.addInitScript(() => {
      const geolocation = Geolocation.prototype;
      const original = geolocation.getCurrentPosition;
      const counter = window as unknown as { positionRequests?: number };
      counter.positionRequests = 0;
      geolocation.getCurrentPosition = function (this: Geolocation, ...args) {
        counter.positionRequests = (counter.positionRequests ?? 0) + 1;
        return original.apply(this, args);
      };
    });
  });

  afterAll(async () => {
    await device?.close();
  });

  const positionRequests = () =>
    device?.tab.page.evaluate(
      () => (window as unknown as { positionRequests?: number }).positionRequests,
    );

  it('is taken on a tap, kept in the draft, saved and opened in the map app', async () => {
    if (!device) throw new Error('browser did not start');
    const { tab, context } = device;
    const { page } = tab;
    await context.setGeolocation(MARKET);
    await device.openNewLogEntry({ loadDemo: true });
    const field = device.locationField();
    expect(await positionRequests()).toBe(0);

    await field.getByRole('button', { name: 'Meinen Standort hinzufügen' }).click();
    await field.getByText('Standort hinzugefügt.').waitFor({ state: 'visible' });
    const shown = field.getByText('12,2534° N, 2,3625° W');
    await expect(shown.textContent()).resolves.toContain('± 12 m');
    expect(await positionRequests()).toBe(1);

    // In the draft like the text: a reload brings it back.
    await device.notes().fill('Markthalle: Dach für Solaranlage geeignet');
    await tab.waitForText('Entwurf auf diesem Gerät gesichert');
    await page.reload({ waitUntil: 'load' });
    await shown.waitFor({ state: 'visible' });
    expect(await positionRequests()).toBe(0);

    await device.save();
    const entry = await device.waitForSavedEntry(/Markthalle: Dach für Solaranlage/);
    await entry.first().click();
    const mapLink = tab.main().getByRole('link', { name: 'In der Karten-App öffnen' });
    await mapLink.waitFor({ state: 'visible' });
    await expect(mapLink.getAttribute('href')).resolves.toBe(
      'geo:12.2534,-2.3625?q=12.2534,-2.3625',
    );
    const facts = tab.main().getByText('12,2534° N, 2,3625° W');
    await expect(facts.textContent()).resolves.toContain('± 12 m');
    expect(tab.unexpectedErrors()).toEqual([]);
  });

  it('warns about a poor reading and takes a better one on request', async () => {
    if (!device) throw new Error('browser did not start');
    const { tab, context } = device;
    await context.setGeolocation({ ...MARKET, accuracy: 150 });
    await device.openNewLogEntry();
    const field = device.locationField();

    await field.getByRole('button', { name: 'Meinen Standort hinzufügen' }).click();
    const warning = field
      .getByRole('alert')
      .filter({ hasText: 'Der Standort ist ungenau (± 150 m)' });
    await warning.waitFor({ state: 'visible' });

    await context.setGeolocation({ ...MARKET, accuracy: 8 });
    await field.getByRole('button', { name: 'Standort neu bestimmen' }).click();
    await field.getByText('± 8 m').waitFor({ state: 'visible' });
    await warning.waitFor({ state: 'detached' });

    await device.notes().fill('Ortstermin Markthalle');
    await device.save();
    await device.waitForSavedEntry(/Ortstermin Markthalle/);
    expect(tab.unexpectedErrors()).toEqual([]);
  });
});
