// Keeping the device's data: the settings show the space used and left and whether the browser
// keeps the data for good, with a button to ask; the app asks by itself only once, after the first
// record is saved (and once more when it first runs installed). jsdom has no StorageManager, so a
// stand-in answers as a browser would.
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPersistentStorageOnce } from '../../src/db';
import { paths } from '../../src/features/shared/paths';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

// Screens load lazily and drafts are written after a pause: on a busy machine that can take longer
// than Testing Library's one-second default for findBy and waitFor.
beforeAll(() => configure({ asyncUtilTimeout: LAZY.timeout }));
afterAll(() => configure({ asyncUtilTimeout: 1000 }));
const MB = 1024 * 1024;

/** A browser's StorageManager: persistence is granted (or not) when asked. */
function fakeStorage({ grants = true, usage = 1.5 * MB, quota = 2 * 1024 * MB } = {}) {
  const state = { persisted: false, usage, quota };
  const storage = {
    state,
    estimate: vi.fn(() => Promise.resolve({ usage: state.usage, quota: state.quota })),
    persisted: vi.fn(() => Promise.resolve(state.persisted)),
    persist: vi.fn(() => {
      state.persisted = grants;
      return Promise.resolve(grants);
    }),
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  return storage;
}

/** Whether the app runs from the home screen, as `display-mode: standalone` says. */
function runInstalled(installed: boolean) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: installed && query.includes('standalone'),
      media: query,
    }),
  });
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  Reflect.deleteProperty(window, 'matchMedia');
  vi.restoreAllMocks();
});

const storageRegion = async () =>
  within(await screen.findByRole('region', { name: 'Daten auf diesem Gerät' }, LAZY));

describe('storage in the settings', () => {
  it('shows space used and left, explains what persistence means, and asks on a tap', async () => {
    const storage = fakeStorage();
    const user = userEvent.setup();
    renderAt('/settings');
    const region = await storageRegion();

    expect(await region.findByText('1,5 MB von 2 GB belegt')).toBeInTheDocument();
    expect(region.getByText('Noch frei').nextElementSibling).toHaveTextContent('2 GB');
    expect(region.getByText(/bei knappem Speicher darf der Browser/)).toBeInTheDocument();
    expect(region.getByText(/Auf iPhone und iPad ist das nötig/)).toBeInTheDocument();
    // Opening the settings never asks by itself.
    expect(storage.persist).not.toHaveBeenCalled();

    await user.click(region.getByRole('button', { name: 'Dauerhaftes Speichern anfordern' }));
    expect(await region.findByText(/behält die Daten dieser App jetzt dauerhaft/)).toBeVisible();
    expect(await region.findByText(/Ja – der Browser löscht diese Daten nicht/)).toBeVisible();
    expect(region.queryByRole('button', { name: 'Dauerhaftes Speichern anfordern' })).toBeNull();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says what to do when the browser refuses', async () => {
    fakeStorage({ grants: false });
    const user = userEvent.setup();
    renderAt('/settings');
    const region = await storageRegion();

    await user.click(
      await region.findByRole('button', { name: 'Dauerhaftes Speichern anfordern' }),
    );
    expect(await region.findByText(/hat das dauerhafte Speichern nicht gewährt/)).toHaveTextContent(
      'Installieren Sie die App',
    );
    expect(region.getByRole('button', { name: 'Dauerhaftes Speichern anfordern' })).toBeEnabled();
  });

  it('warns when space runs low and shows the new figures on refresh', async () => {
    const storage = fakeStorage({ usage: 1990 * MB, quota: 2000 * MB });
    const user = userEvent.setup();
    renderAt('/settings');
    const region = await storageRegion();

    expect(await region.findByText(/Der Speicherplatz wird knapp/)).toBeInTheDocument();
    storage.state.usage = 500 * MB;
    await user.click(region.getByRole('button', { name: 'Aktualisieren' }));
    expect(await region.findByText('500 MB von 2 GB belegt')).toBeInTheDocument();
    expect(region.queryByText(/Der Speicherplatz wird knapp/)).toBeNull();
  });

  it('offers no button where the browser cannot be asked', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: () => Promise.resolve({ usage: MB, quota: 100 * MB }) },
    });
    renderAt('/settings');
    const region = await storageRegion();
    expect(await region.findByText('1 MB von 100 MB belegt')).toBeInTheDocument();
    expect(region.getAllByText('Der Browser gibt dazu keine Auskunft.')).toHaveLength(1);
    expect(region.queryByRole('button', { name: 'Dauerhaftes Speichern anfordern' })).toBeNull();
  });
});

describe('asking by itself', () => {
  it('asks once the first record is saved on the device, not when the form opens', async () => {
    const storage = fakeStorage({ grants: false });
    const user = userEvent.setup();
    const partnership = await savePartnership();
    const deployment = await saveValid('deployment', partnership.id);
    const view = renderAt(paths.newLogEntry(partnership.id, deployment.id));
    await user.type(await screen.findByRole('textbox', { name: 'Notizen' }, LAZY), 'Ankunft');
    expect(storage.persist).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(view.location()).toBe(paths.deployment(partnership.id, deployment.id)),
    );
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
  });

  it('never asks twice in the browser, and once more when the app first runs installed', async () => {
    const storage = fakeStorage({ grants: false });
    runInstalled(false);
    await askPersistentStorageOnce();
    await askPersistentStorageOnce();
    expect(storage.persist).toHaveBeenCalledTimes(1);

    runInstalled(true);
    await askPersistentStorageOnce();
    await askPersistentStorageOnce();
    expect(storage.persist).toHaveBeenCalledTimes(2);
  });

  it('does not ask when the data is kept for good already', async () => {
    const storage = fakeStorage();
    storage.state.persisted = true;
    await askPersistentStorageOnce();
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
