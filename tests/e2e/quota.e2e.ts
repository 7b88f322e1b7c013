// A full disk in the built app: IndexedDB refuses every write (simulated: put/add throw a
// QuotaExceededError while a flag is set), the log entry form says so and what to do, the text
// stays in the form and nothing is stored; with room again, the same tap stores the entry.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LogEntryDevice, NEW_LOG_ENTRY_PATH } from './pages/logEntryForm';

const baseURL = inject('baseURL');

/** While this window property is true, every IndexedDB write fails as on a full disk. */
const DISK_FULL_FLAG = '__klimapartnerDiskFull';

/** What the app logs on purpose when a write fails (the person sees the message). */
const EXPECTED_ERRORS = [/Save failed/, /Draft not saved/];

describe('a full disk', () => {
  let device: LogEntryDevice | undefined;

  beforeAll(async () => {
    device = await LogEntryDevice.launch(baseURL);
    await device.context.addInitScript((flag: string) => {
      const stores = IDBObjectStore.prototype as unknown as Record<
        'put' | 'add',
        (...args: unknown[]) => IDBRequest
      >;
      for (const method of ['put', 'add'] as const) {
        const original = stores[method];
        stores[method] = function (this: IDBObjectStore, ...args: unknown[]) {
          if ((window as unknown as Record<string, unknown>)[flag] === true) {
            throw new DOMException('The disk is full (simulated).', 'QuotaExceededError');
          }
          return original.apply(this, args);
        };
      }
    }, DISK_FULL_FLAG);
  });

  afterAll(async () => {
    await device?.close();
  });

  it('keeps the text in the form with a clear message, and saves once there is room', async () => {
    if (!device) throw new Error('browser did not start');
    const { tab } = device;
    const { page } = tab;
    const setDiskFull = (full: boolean) =>
      page.evaluate(
        ([flag, value]) => {
          (window as unknown as Record<string, unknown>)[flag] = value;
        },
        [DISK_FULL_FLAG, full] as const,
      );

    await device.openNewLogEntry({ loadDemo: true });
    const notes = device.notes();
    await notes.fill('Pumpe am Brunnen');
    await tab.waitForText('Entwurf auf diesem Gerät gesichert');

    await setDiskFull(true);
    const text = 'Pumpe am Brunnen seit drei Wochen defekt, Ersatzteil in Ouagadougou bestellt.';
    await notes.fill(text);
    await device.save();

    const message = tab
      .main()
      .getByRole('alert')
      .filter({ hasText: 'Speicher dieses Geräts ist voll' });
    await message.waitFor({ state: 'visible' });
    await expect(message.textContent()).resolves.toMatch(/Ihr Text steht noch hier im Formular/);
    await expect(message.textContent()).resolves.toMatch(/Geben Sie Speicherplatz frei/);
    await expect(message.count()).resolves.toBe(1);
    await expect(notes.inputValue()).resolves.toBe(text);
    expect(new URL(page.url()).pathname).toBe(NEW_LOG_ENTRY_PATH);

    await setDiskFull(false);
    await device.save();
    const entry = await device.waitForSavedEntry(/Pumpe am Brunnen seit drei Wochen/);
    await expect(entry.count()).resolves.toBe(1);

    // Stored for real: after a reload the entry is there once, and no draft is left.
    await page.reload({ waitUntil: 'load' });
    await entry.first().waitFor({ state: 'visible' });
    await expect(entry.count()).resolves.toBe(1);
    await tab.open(NEW_LOG_ENTRY_PATH);
    await expect(notes.inputValue()).resolves.toBe('');
    expect(tab.unexpectedErrors(EXPECTED_ERRORS)).toEqual([]);
  });
});
