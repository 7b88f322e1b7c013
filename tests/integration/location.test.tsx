// "Add my location" on a log entry, with a stand-in for navigator.geolocation (jsdom has none):
// asked only on a tap, shown with its accuracy and a warning when poor, kept in the draft, saved
// with the entry and opened in a map app by a geo: link; each failure says what to do.
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { listLogEntries, loadDraft, validRecords } from '../../src/db';
import { geoUri } from '../../src/features/deployments/geolocation';
import { paths } from '../../src/features/shared/paths';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

// Screens load lazily and drafts are written after a pause: on a busy machine that can take longer
// than Testing Library's one-second default for findBy and waitFor.
beforeAll(() => configure({ asyncUtilTimeout: LAZY.timeout }));
afterAll(() => configure({ asyncUtilTimeout: 1000 }));

type Success = (position: GeolocationPosition) => void;
type Failure = (error: GeolocationPositionError) => void;

/** A device's geolocation whose answers the test gives, one request at a time. */
function fakeGeolocation() {
  const requests: { success: Success; failure: Failure; options?: PositionOptions }[] = [];
  const geolocation = {
    getCurrentPosition: vi.fn((success: Success, failure: Failure, options?: PositionOptions) => {
      requests.push({ success, failure, ...(options ? { options } : {}) });
    }),
    watchPosition: vi.fn(),
    clearWatch: vi.fn(),
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
  const last = () => {
    const request = requests.at(-1);
    if (!request) throw new Error('no position was asked for');
    return request;
  };
  return {
    geolocation,
    last,
    answer(latitude: number, longitude: number, accuracy: number) {
      const { success } = last();
      act(() =>
        success({
          coords: { latitude, longitude, accuracy },
          timestamp: Date.parse('2024-03-05T09:31:00Z'),
        } as GeolocationPosition),
      );
    },
    fail(code: 1 | 2 | 3) {
      const { failure } = last();
      act(() => failure({ code, message: 'no' } as GeolocationPositionError));
    },
  };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

async function newEntry() {
  const partnership = await savePartnership();
  const deployment = await saveValid('deployment', partnership.id);
  const pid = partnership.id;
  const did = deployment.id;
  const view = renderAt(paths.newLogEntry(pid, did));
  const notes = await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
  const field = within(screen.getByRole('group', { name: 'Standort' }));
  return { pid, did, view, notes, field, user: userEvent.setup() };
}

describe('the location of a log entry', () => {
  it('is asked for only on a tap, shown with its accuracy, kept in the draft and saved', async () => {
    const device = fakeGeolocation();
    const { pid, did, view, notes, field, user } = await newEntry();
    expect(device.geolocation.getCurrentPosition).not.toHaveBeenCalled();

    await user.click(field.getByRole('button', { name: 'Meinen Standort hinzufügen' }));
    expect(device.last().options).toMatchObject({ enableHighAccuracy: true, timeout: 20_000 });
    expect(field.getByRole('status')).toHaveTextContent('Standort wird bestimmt …');
    expect(field.getByRole('button', { name: 'Meinen Standort hinzufügen' })).toBeDisabled();

    device.answer(48.1374321, 11.5754901, 12.4);
    expect(await field.findByText(/48,13743° N, 11,57549° O/)).toHaveTextContent('(± 12 m)');
    expect(field.getByRole('status')).toHaveTextContent('Standort hinzugefügt.');
    expect(field.queryByText(/ungenau/)).toBeNull();
    const location = {
      latitude: 48.137432,
      longitude: 11.57549,
      accuracy: 12,
      capturedAt: '2024-03-05T09:31:00.000Z',
    };
    await waitFor(async () =>
      expect((await loadDraft(`logEntry:new:${did}`))?.values).toMatchObject({ location }),
    );

    await user.type(notes, 'Kläranlage Nord');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(view.location()).toBe(paths.deployment(pid, did)));
    const [entry] = validRecords(await listLogEntries(did));
    expect(entry?.location).toEqual(location);

    view.navigate(paths.logEntry(pid, did, entry?.id ?? ''));
    const link = await screen.findByRole('link', { name: 'In der Karten-App öffnen' }, LAZY);
    expect(link).toHaveAttribute('href', 'geo:48.137432,11.57549?q=48.137432,11.57549');
    expect(screen.getByText(/48,13743° N, 11,57549° O/)).toHaveTextContent('± 12 m');
  });

  it('warns when the accuracy is poor and takes a better reading on "again"', async () => {
    const device = fakeGeolocation();
    const { field, user } = await newEntry();
    await user.click(field.getByRole('button', { name: 'Meinen Standort hinzufügen' }));
    device.answer(-13.0912, -1.0834, 120);

    expect(await field.findByText(/13,0912° S, 1,0834° W/)).toHaveTextContent('± 120 m');
    const warning = field.getByText(/Der Standort ist ungenau \(± 120 m\)/);
    expect(warning).toHaveTextContent('Standort neu bestimmen');

    await user.click(field.getByRole('button', { name: 'Standort neu bestimmen' }));
    expect(device.geolocation.getCurrentPosition).toHaveBeenCalledTimes(2);
    device.answer(-13.0911, -1.0835, 8);
    expect(await field.findByText(/13,0911° S, 1,0835° W/)).toHaveTextContent('± 8 m');
    expect(field.queryByText(/Der Standort ist ungenau/)).toBeNull();
  });

  it('can be removed again', async () => {
    const device = fakeGeolocation();
    const { did, field, user } = await newEntry();
    await user.click(field.getByRole('button', { name: 'Meinen Standort hinzufügen' }));
    device.answer(52.52, 13.405, 5);
    await field.findByText(/52,52° N, 13,405° O/);

    await user.click(field.getByRole('button', { name: 'Standort entfernen' }));
    expect(field.queryByText(/52,52° N/)).toBeNull();
    expect(field.getByRole('button', { name: 'Meinen Standort hinzufügen' })).toBeEnabled();
    await waitFor(async () =>
      expect((await loadDraft(`logEntry:new:${did}`))?.values).toMatchObject({ location: null }),
    );
  });

  it.each([
    [1, /darf den Standort nicht abfragen. Erlauben Sie den Standortzugriff/],
    [2, /konnte nicht bestimmt werden. Schalten Sie die Ortung \(GPS\)/],
    [3, /hat zu lange gedauert. Gehen Sie möglichst ins Freie/],
  ] as const)('says what to do when the device answers with error %i', async (code, text) => {
    const device = fakeGeolocation();
    const { field, user } = await newEntry();
    await user.click(field.getByRole('button', { name: 'Meinen Standort hinzufügen' }));
    device.fail(code);

    expect(await field.findByRole('alert')).toHaveTextContent(text);
    // Another tap tries again.
    await user.click(field.getByRole('button', { name: 'Meinen Standort hinzufügen' }));
    expect(device.geolocation.getCurrentPosition).toHaveBeenCalledTimes(2);
    expect(field.queryByRole('alert')).toBeNull();
  });

  it('says so when the browser cannot locate at all', async () => {
    const { field, user } = await newEntry();
    await user.click(field.getByRole('button', { name: 'Meinen Standort hinzufügen' }));
    expect(await field.findByRole('alert')).toHaveTextContent(
      'Dieser Browser kann keinen Standort bestimmen. Tragen Sie den Ort oben als Text ein.',
    );
  });
});

describe('geoUri', () => {
  it('writes the point with dots, six decimals at most and never an exponent', () => {
    const at = (latitude: number, longitude: number) =>
      geoUri({ latitude, longitude, accuracy: 3, capturedAt: '2024-03-05T09:31:00Z' });
    expect(at(48.1374321, 11.5754901)).toBe('geo:48.137432,11.57549?q=48.137432,11.57549');
    expect(at(-13, 0.0000001)).toBe('geo:-13,0?q=-13,0');
  });
});
