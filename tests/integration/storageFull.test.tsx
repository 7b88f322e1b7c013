// A full disk while writing a log entry, its draft or a deletion, through the real screens on
// fake-indexeddb: the message names the full disk and what to do, the text stays in the form,
// nothing is half-written, and once there is room again the same tap stores it.
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, listLogEntries, loadDraft, validRecords } from '../../src/db';
import { paths } from '../../src/features/shared/paths';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { stopAppSync } from '../../src/sync/appSync';
import { INITIAL_SYNC_STATUS, useSyncStatus } from '../../src/sync/syncStatusStore';
import { renderAt } from '../helpers/renderApp';
import { connectFakeCouch, fakeCouch, signedInBefore, signedOut } from './accountFakes';

const LAZY = { timeout: 5000 };

// Screens load lazily and drafts are written after a pause: on a busy machine that can take longer
// than Testing Library's one-second default for findBy and waitFor.
beforeAll(() => configure({ asyncUtilTimeout: LAZY.timeout }));
afterAll(() => configure({ asyncUtilTimeout: 1000 }));
const diskFull = () => new DOMException('The disk is full.', 'QuotaExceededError');
/** How Dexie reports it when the browser aborts the transaction. */
const abortedByDiskFull = () => new Dexie.AbortError('Transaction aborted', diskFull());

afterEach(() => {
  vi.restoreAllMocks();
});

async function deployment() {
  const partnership = await savePartnership();
  const saved = await saveValid('deployment', partnership.id);
  return { pid: partnership.id, did: saved.id };
}

/** Make every write of records and drafts fail as a full disk does. */
function fillTheDisk(error: () => Error = abortedByDiskFull) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  for (const table of [db.records, db.drafts]) {
    vi.spyOn(table, 'put').mockImplementation(() => Promise.reject(error()) as never);
    vi.spyOn(table, 'bulkPut').mockImplementation(() => Promise.reject(error()) as never);
  }
}

describe('a log entry on a full disk', () => {
  it('says the disk is full, keeps the text, stores nothing, and saves once there is room', async () => {
    const user = userEvent.setup();
    const { pid, did } = await deployment();
    const view = renderAt(paths.newLogEntry(pid, did));
    const notes = await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    await user.type(notes, 'Pumpe am Brunnen');
    const draftNotes = async () =>
      ((await loadDraft(`logEntry:new:${did}`))?.values as { notes?: string })?.notes;
    await waitFor(async () => expect(await draftNotes()).toBe('Pumpe am Brunnen'));

    fillTheDisk();
    await user.type(notes, ' seit drei Wochen defekt');
    // The draft cannot be written: the form says why, and that the text is still here.
    const draftAlert = await screen.findByText(/darum konnte nichts gesichert werden/);
    expect(draftAlert).toHaveTextContent('Ihr Text steht noch hier im Formular');
    expect(draftAlert).toHaveTextContent('Geben Sie Speicherplatz frei');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Speichern' })).toBeEnabled());
    // One message for the save and the draft alike, not two.
    const alerts = screen
      .getAllByRole('alert')
      .filter((alert) => alert.textContent?.includes('Speicher dieses Geräts ist voll'));
    expect(alerts).toHaveLength(1);
    expect(notes).toHaveValue('Pumpe am Brunnen seit drei Wochen defekt');
    expect(view.location()).toBe(paths.newLogEntry(pid, did));
    vi.restoreAllMocks();
    expect(await listLogEntries(did)).toEqual([]);
    // The draft holds what was written before the disk filled up.
    expect(await draftNotes()).toBe('Pumpe am Brunnen');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(view.location()).toBe(paths.deployment(pid, did)));
    const [stored] = validRecords(await listLogEntries(did));
    expect(stored).toMatchObject({ notes: 'Pumpe am Brunnen seit drei Wochen defekt' });
    expect(await loadDraft(`logEntry:new:${did}`)).toBeUndefined();
  });

  it('names a failed save of a whole record as a full disk when only the record does not fit', async () => {
    const user = userEvent.setup();
    const { pid, did } = await deployment();
    renderAt(paths.newLogEntry(pid, did));
    const notes = await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    await user.type(notes, 'Dach begutachtet');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(db.records, 'put').mockRejectedValue(abortedByDiskFull());

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const alert = await screen.findByText(/Der Speicher dieses Geräts ist voll. Ihre Eingaben/);
    expect(alert).toHaveTextContent('speichern Sie dann erneut');
    expect(screen.queryByText(/darum konnte nichts gesichert werden/)).not.toBeInTheDocument();
    expect(notes).toHaveValue('Dach begutachtet');
  });

  it('says only that the draft was not kept when writing it fails for another reason', async () => {
    const user = userEvent.setup();
    const { pid, did } = await deployment();
    renderAt(paths.newLogEntry(pid, did));
    const notes = await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    fillTheDisk(() => new Dexie.DatabaseClosedError('The database connection is closing.'));
    await user.type(notes, 'Treffen im Rathaus');

    const warning = await screen.findByText(/Der Entwurf konnte nicht auf dem Gerät gesichert/);
    expect(warning).not.toHaveTextContent('Speicher');
    expect(notes).toHaveValue('Treffen im Rathaus');
  });
});

describe('deleting on a full disk', () => {
  it('keeps the deployment and its whole log and says what to do', async () => {
    const user = userEvent.setup();
    const { pid, did } = await deployment();
    for (const title of ['Ankunft', 'Rathaus']) {
      await saveValid('logEntry', pid, { deploymentId: did, title });
    }
    // On the server already: deleting writes tombstones, which need room.
    await db.records.toCollection().modify({ rev: '1-a', pending: 0 });
    const before = await db.records.toArray();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderAt(paths.deployment(pid, did));
    await screen.findByRole('region', { name: 'Logbuch' }, LAZY);
    fillTheDisk();

    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    const alert = await screen.findByText(/darum wurde nichts geändert/);
    expect(alert).toHaveTextContent('Geben Sie Speicherplatz frei');
    vi.restoreAllMocks();
    expect(await db.records.toArray()).toEqual(before);
    const log = screen.getByRole('region', { name: 'Logbuch' });
    expect(within(log).getByText('Ankunft')).toBeInTheDocument();
  });
});

describe('other writes on a full disk', () => {
  it('keeps the typed name in the settings and says the disk is full', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/settings');
    const field = await screen.findByLabelText('Name', {}, LAZY);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw diskFull();
    });
    await user.type(field, 'Amina Diallo');
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }));

    expect(await screen.findByText(/darum wurde nichts geändert/)).toBeInTheDocument();
    expect(screen.queryByText(/Neue Einträge tragen den Namen/)).toBeNull();
    expect(field).toHaveValue('Amina Diallo');
  });

  it('says the disk is full when the demo partnership does not fit, and completes it later', async () => {
    const user = userEvent.setup();
    const view = renderAt('/');
    const load = await screen.findByRole('button', { name: 'Demo-Partnerschaft laden' }, LAZY);
    fillTheDisk();
    await user.click(load);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'darum konnte die Demo-Partnerschaft nicht vollständig geladen werden',
    );
    vi.restoreAllMocks();
    await user.click(screen.getByRole('button', { name: 'Demo-Partnerschaft laden' }));
    await waitFor(() => expect(view.location()).toMatch(/^\/p\//));
  });

  it('says the disk is full when a sign-in cannot be kept on the device', async () => {
    const couch = fakeCouch();
    signedOut();
    connectFakeCouch(couch);
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/sign-in');
    await user.type(await screen.findByLabelText('Benutzername', {}, LAZY), 'expert');
    await user.type(screen.getByLabelText('Passwort'), 'secret');
    vi.spyOn(db.meta, 'put').mockRejectedValue(abortedByDiskFull());
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Speicher dieses Geräts ist voll, darum kann die Anmeldung nicht gespeichert werden.',
    );
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeEnabled();
  });

  it('tells on the sync page that the disk is full, what is safe and where to look', async () => {
    connectFakeCouch(fakeCouch());
    await signedInBefore();
    useSyncStatus.setState({ state: 'error', errors: [{ code: 'quota' }] });
    try {
      renderAt('/sync');
      const errors = await screen.findByRole('region', { name: 'Was nicht geklappt hat' }, LAZY);
      expect(errors).toHaveTextContent(
        'Ihre Einträge auf dem Gerät bleiben unverändert erhalten. Geben Sie Speicherplatz frei',
      );
      expect(
        within(errors).getByRole('link', { name: 'Speicherplatz in den Einstellungen ansehen' }),
      ).toHaveAttribute('href', '/settings');
    } finally {
      stopAppSync();
      signedOut();
      useSyncStatus.setState(INITIAL_SYNC_STATUS, true);
    }
  });
});
