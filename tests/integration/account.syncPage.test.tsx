// The sync page: the signed-in user and roles, when sync last succeeded, errors in plain words
// with what to do, what is still waiting (counts per type, titles linking to the records), sync
// now, and sign-out with the option to wipe the device after a warning with counts.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, deleteRecord, saveDraft } from '../../src/db';
import { SyncScreen } from '../../src/features/sync/SyncScreen';
import { paths } from '../../src/features/shared/paths';
import { startAppSync, stopAppSync, syncNow } from '../../src/sync/appSync';
import { COORDINATOR_ROLE, partnershipRole } from '../../src/sync/naming';
import { readSession } from '../../src/sync/session';
import { INITIAL_SYNC_STATUS, useSyncStatus } from '../../src/sync/syncStatusStore';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import {
  connectFakeCouch,
  fakeCouch,
  signedInBefore,
  signedOut,
  type FakeCouch,
} from './accountFakes';

let couch: FakeCouch;
let partnershipId: string;

beforeEach(async () => {
  signedOut();
  useSyncStatus.setState(INITIAL_SYNC_STATUS, true);
  const partnership = await savePartnership(
    { germanMunicipality: 'Lindenau', partnerMunicipality: 'Sanoré' },
    'anna',
  );
  partnershipId = partnership.id;
  const roles = [partnershipRole(partnershipId), COORDINATOR_ROLE, 'expert'];
  couch = fakeCouch({ anna: { password: 'secret', roles } });
  connectFakeCouch(couch);
  await signedInBefore({ name: 'anna', roles });
});

afterEach(() => {
  stopAppSync();
});

describe('sync page', () => {
  it('shows the user with readable roles and when sync last succeeded', async () => {
    useSyncStatus.setState({ state: 'idle', lastSuccessAt: '2025-03-01T09:30:00.000Z' });
    renderAt('/sync');
    const account = await screen.findByRole('region', { name: 'Konto' });
    expect(within(account).getByText('anna')).toBeInTheDocument();
    await within(account).findByText('Mitglied: Lindenau – Sanoré');
    const roles = within(account)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(roles).toEqual([
      'Mitglied: Lindenau – Sanoré',
      'Koordination (sieht alle Partnerschaften)',
      'expert',
    ]);
    const status = screen.getByRole('region', { name: 'Stand' });
    const when = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' });
    expect(
      within(status).getByText(when.format(new Date('2025-03-01T09:30:00.000Z'))),
    ).toBeInTheDocument();
  });

  it('counts what is waiting per type, in real plurals, and links to each waiting record', async () => {
    const first = await saveValid('measure', partnershipId, { title: 'Trinkbrunnen' }, 'anna');
    await saveValid('measure', partnershipId, { title: 'Radwege' }, 'anna');
    const meeting = await saveValid('meeting', partnershipId, { title: 'Auftakt' }, 'anna');
    await db.records.update(meeting.id, { rev: '1-a', pending: 0 });
    await deleteRecord(meeting.id, 'anna');

    renderAt('/sync');
    const waiting = await screen.findByRole('region', { name: 'Wartet auf Übertragung' });
    await waitFor(() => expect(within(waiting).getByText('2 Maßnahmen')).toBeInTheDocument());
    expect(within(waiting).getByText('1 Partnerschaft')).toBeInTheDocument();
    expect(within(waiting).getByText('1 Löschung')).toBeInTheDocument();
    expect(within(waiting).getByRole('link', { name: 'Trinkbrunnen' })).toHaveAttribute(
      'href',
      paths.measure(partnershipId, first.id),
    );
    expect(within(waiting).getByRole('link', { name: 'Lindenau – Sanoré' })).toHaveAttribute(
      'href',
      paths.partnership(partnershipId),
    );
  });

  it('says that everything has been sent when nothing waits', async () => {
    await db.records.toCollection().modify({ pending: 0, rev: '1-a' });
    renderAt('/sync');
    expect(await screen.findByText('Alles ist übertragen.')).toBeInTheDocument();
  });

  it('explains each error in plain words with what to do', async () => {
    useSyncStatus.setState({
      state: 'error',
      errors: [
        { code: 'forbidden', partnershipId },
        { code: 'server', detail: '500 internal' },
        { code: 'server', detail: '502' },
      ],
    });
    renderAt('/sync');
    const errors = await screen.findByRole('region', { name: 'Was nicht geklappt hat' });
    await within(errors).findByText(/Lindenau – Sanoré/);
    const items = within(errors)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Kein Zugriff auf die Partnerschaft „Lindenau – Sanoré“. Bitten Sie die Koordination, Ihnen Zugriff zu geben.',
      'Der Server hat einen Fehler gemeldet. Versuchen Sie es später noch einmal; Ihre Daten bleiben so lange auf dem Gerät.',
    ]);
  });

  it('says the data is safe when offline, and asks to sign in again when the session expired', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await signedInBefore(undefined, true);
    renderAt('/sync');
    const errors = await screen.findByRole('region', { name: 'Was nicht geklappt hat' });
    expect(errors).toHaveTextContent(
      'Sie sind offline. Ihre Daten sind auf dem Gerät sicher und werden übertragen, sobald eine Verbindung besteht.',
    );
    expect(within(errors).getByRole('link', { name: 'Erneut anmelden' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('syncs now on request', async () => {
    couch.sessionUser = 'anna';
    await startAppSync();
    renderAt('/sync');
    await waitFor(() => expect(useSyncStatus.getState().state).toBe('idle'));
    const before = couch.requests.length;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Jetzt synchronisieren' }));
    await waitFor(() =>
      expect(couch.requests.slice(before).map((r) => r.path)).toContain('/_session'),
    );
    await waitFor(() => expect(useSyncStatus.getState().lastSuccessAt).not.toBeNull());
  });

  it('waits for a sync asked for in code (the demo loader) to finish', async () => {
    couch.sessionUser = 'anna';
    await startAppSync();
    await waitFor(() => expect(useSyncStatus.getState().state).toBe('idle'));
    const before = couch.requests.length;
    const status = await syncNow(5_000);
    expect(status.state).toBe('idle');
    expect(couch.requests.slice(before).map((r) => r.path)).toContain('/_session');
  });

  it('offers to sign in when nobody is signed in', async () => {
    await db.meta.clear();
    renderAt('/sync');
    expect(await screen.findByRole('link', { name: 'Anmelden' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(screen.getByRole('button', { name: 'Jetzt synchronisieren' })).toBeDisabled();
  });
});

describe('sign-out', () => {
  it('signs out after a confirmation and keeps the data on the device', async () => {
    couch.sessionUser = 'anna';
    const user = userEvent.setup();
    renderAt('/sync');
    await user.click(await screen.findByRole('button', { name: 'Abmelden' }));
    const dialog = screen.getByRole('dialog', { name: 'Abmelden?' });
    expect(within(dialog).getByRole('heading', { name: 'Abmelden?' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('button', { name: 'Abmelden' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Abmelden' }));
    const again = screen.getByRole('dialog', { name: 'Abmelden?' });
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Abmelden' }));

    expect(await screen.findByText(/Sie sind nicht angemeldet/)).toBeInTheDocument();
    expect(await readSession(db)).toBeNull();
    expect(couch.requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/_session' });
    expect(await db.records.count()).toBe(1);
  });

  it('warns with counts before wiping the device, then deletes everything and restarts', async () => {
    await saveValid('measure', partnershipId, {}, 'anna');
    await saveDraft({ key: 'a', route: '/', values: {}, focus: null });
    await saveDraft({ key: 'b', route: '/', values: {}, focus: null });
    localStorage.setItem('klimapartner.language', 'de');
    const restarted = vi.fn();
    const user = userEvent.setup();
    renderAt('/sync', <SyncScreen onWiped={restarted} />);
    await user.click(await screen.findByRole('button', { name: 'Abmelden' }));
    const dialog = screen.getByRole('dialog', { name: 'Abmelden?' });
    await user.click(within(dialog).getByLabelText('Daten von diesem Gerät löschen'));

    const warning = await within(dialog).findByRole('alert');
    expect(warning).toHaveTextContent('Dabei gehen unwiderruflich verloren:');
    const losses = within(warning)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(losses).toEqual([
      '2 Änderungen, die noch nicht auf dem Server sind',
      '2 nicht gespeicherte Entwürfe',
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Abmelden und Daten löschen' }));
    await waitFor(() => expect(restarted).toHaveBeenCalled());
    const names = (await indexedDB.databases()).map((entry) => entry.name);
    expect(names).not.toContain(db.name);
    expect(localStorage.length).toBe(0);
  });

  it('warns in the singular for one change and one draft', async () => {
    await db.records.toCollection().modify({ pending: 0, rev: '1-a' });
    await saveValid('measure', partnershipId, {}, 'anna');
    await saveDraft({ key: 'a', route: '/', values: {}, focus: null });
    const user = userEvent.setup();
    renderAt('/sync');
    await user.click(await screen.findByRole('button', { name: 'Abmelden' }));
    await user.click(screen.getByLabelText('Daten von diesem Gerät löschen'));
    const warning = await screen.findByRole('alert');
    expect(
      within(warning).getByText('1 Änderung, die noch nicht auf dem Server ist'),
    ).toBeVisible();
    expect(within(warning).getByText('1 nicht gespeicherter Entwurf')).toBeVisible();
  });
});
