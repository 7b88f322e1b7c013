import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, getRecord, listLogEntries, saveRecord, validRecords } from '../../src/db';
import { newItemId, newRecordId, type FieldsInput, type LogEntry } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

/** Screens load lazily; the first load of a module in a test run can take a while. */
const LAZY = { timeout: 5000 };

async function setUp(): Promise<{ pid: string; did: string }> {
  const partnership = await saveRecord({
    type: 'partnership',
    fields: {
      germanMunicipality: 'Musterstadt',
      partnerMunicipality: 'Kumasi',
      partnerCountry: 'GH',
      phase: 1,
    },
    user: 'Test',
    lang: 'de',
  });
  if (!partnership.ok) throw new Error('partnership not saved');
  const pid = partnership.value.id;
  const deployment = await saveRecord({
    type: 'deployment',
    partnershipId: pid,
    fields: { number: 1, direction: 'toPartner', destination: 'Kumasi', status: 'underway' },
    user: 'Test',
    lang: 'de',
  });
  if (!deployment.ok) throw new Error('deployment not saved');
  return { pid, did: deployment.value.id };
}

async function createLogEntry(
  pid: string,
  did: string,
  fields: Partial<FieldsInput<'logEntry'>> = {},
): Promise<LogEntry> {
  const saved = await saveRecord({
    type: 'logEntry',
    partnershipId: pid,
    fields: { deploymentId: did, occurredAt: '2024-03-02T10:00', title: 'Eintrag', ...fields },
    user: 'Test',
    lang: 'de',
  });
  if (!saved.ok) throw new Error(`log entry not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value;
}

describe('deployment log', () => {
  it('opens a new log entry with one tap, the time filled in and the notes ready for typing', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    const view = renderAt(paths.deployment(pid, did));

    await user.click(await screen.findByRole('link', { name: 'Neuer Logeintrag' }, LAZY));

    expect(view.location()).toBe(paths.newLogEntry(pid, did));
    const time = await screen.findByLabelText(/^Zeitpunkt/, {}, LAZY);
    expect((time as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(Math.abs(Date.parse((time as HTMLInputElement).value) - Date.now())).toBeLessThan(
      3 * 60_000,
    );
    expect(screen.getByRole('textbox', { name: 'Notizen' })).toHaveFocus();
  });

  it('saves a log entry with a follow-up and shows it in the log', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    const view = renderAt(paths.newLogEntry(pid, did));

    const notes = await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    await user.type(notes, 'Deponie am Stadtrand{Enter}Sickerwasser läuft ungefiltert ab.');
    // The title follows the first line of the notes until one is typed.
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Deponie am Stadtrand');
    await user.type(screen.getByRole('textbox', { name: 'Ort' }), 'Deponie Oti');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Art' }), 'Ortsbesichtigung');
    await user.click(screen.getByRole('button', { name: 'Folgeaufgabe hinzufügen' }));
    const followUps = screen.getByRole('group', { name: 'Folgeaufgaben' });
    await user.type(
      within(followUps).getByRole('textbox', { name: 'Aufgabe' }),
      'Messdaten anfragen',
    );
    await user.type(within(followUps).getByRole('textbox', { name: 'Zuständig' }), 'Kofi');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(view.location()).toBe(paths.deployment(pid, did)));
    const log = await screen.findByRole('region', { name: 'Logbuch' }, LAZY);
    expect(await within(log).findByText('Deponie am Stadtrand')).toBeInTheDocument();
    expect(within(log).getByText('Deponie Oti')).toBeInTheDocument();
    expect(within(log).getByText('Ortsbesichtigung')).toBeInTheDocument();
    expect(within(log).getByText('1 offene Folgeaufgabe')).toBeInTheDocument();

    const [stored] = validRecords(await listLogEntries(did));
    expect(stored).toMatchObject({
      deploymentId: did,
      partnershipId: pid,
      kind: 'siteVisit',
      notes: 'Deponie am Stadtrand\nSickerwasser läuft ungefiltert ab.',
      location: null,
    });
    expect(stored?.followUps).toMatchObject([
      { text: 'Messdaten anfragen', owner: 'Kofi', done: false },
    ]);
    expect(await db.drafts.count()).toBe(0);
  });

  it('shows the log newest first', async () => {
    const { pid, did } = await setUp();
    await createLogEntry(pid, did, { occurredAt: '2024-03-01T09:00', title: 'Ankunft' });
    await createLogEntry(pid, did, { occurredAt: '2024-03-03T15:30', title: 'Abschlussrunde' });
    await createLogEntry(pid, did, { occurredAt: '2024-03-02T11:00', title: 'Rathaus' });
    renderAt(paths.deployment(pid, did));

    const log = await screen.findByRole('region', { name: 'Logbuch' }, LAZY);
    await within(log).findByText('Ankunft');
    const titles = within(log)
      .getAllByRole('link')
      .map((link) => link.querySelector('.card__title')?.textContent)
      .filter(Boolean);
    expect(titles).toEqual(['Abschlussrunde', 'Rathaus', 'Ankunft']);
    expect(within(log).getByText('3 Logeinträge')).toBeInTheDocument();
  });

  it('keeps a half-written log entry as a draft across leaving and coming back', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    const first = renderAt(paths.newLogEntry(pid, did));

    const notes = await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    await user.type(notes, 'Biogasanlage besichtigt, Rührwerk defekt');
    await waitFor(async () => expect(await db.drafts.count()).toBe(1), { timeout: 3000 });
    first.unmount();

    renderAt(paths.newLogEntry(pid, did));
    expect(await screen.findByRole('textbox', { name: 'Notizen' }, LAZY)).toHaveValue(
      'Biogasanlage besichtigt, Rührwerk defekt',
    );
    expect(screen.getByText(/Entwurf vom .* ist wiederhergestellt/)).toBeInTheDocument();
    expect(await listLogEntries(did)).toHaveLength(0);
  });

  it('shows a damaged log entry as an error while the others still show', async () => {
    const { pid, did } = await setUp();
    await createLogEntry(pid, did, { title: 'Gespräch mit dem Bürgermeister' });
    const brokenId = newRecordId('logEntry');
    await db.records.put({
      id: brokenId,
      type: 'logEntry',
      partnershipId: pid,
      deploymentId: did,
      updatedAt: new Date().toISOString(),
      title: 42,
      rev: null,
      base: null,
      pending: 1,
      deleted: 0,
    });
    renderAt(paths.deployment(pid, did));

    const log = await screen.findByRole('region', { name: 'Logbuch' }, LAZY);
    expect(await within(log).findByText('Gespräch mit dem Bürgermeister')).toBeInTheDocument();
    expect(
      within(log).getByText('Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.'),
    ).toBeInTheDocument();
    expect(within(log).getByText(brokenId)).toBeInTheDocument();
  });
});

describe('log entry detail', () => {
  it('ticks a follow-up off and keeps everything else of the entry', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    const measure = await saveRecord({
      type: 'measure',
      partnershipId: pid,
      fields: { title: 'Kompostierung auf dem Markt', fieldOfAction: 'wasteRecycling' },
      user: 'Test',
      lang: 'de',
    });
    if (!measure.ok) throw new Error('measure not saved');
    const entry = await createLogEntry(pid, did, {
      title: 'Marktbesuch',
      notes: 'Viel organischer Abfall.\nHändler sind interessiert.',
      peopleMet: 'Frau Owusu, Marktverwaltung',
      measureIds: [measure.value.id],
      followUps: [
        { id: newItemId(), text: 'Kompostfläche prüfen', owner: 'Kofi', done: false },
        { id: newItemId(), text: 'Fotos teilen', done: false },
      ],
    });
    renderAt(paths.logEntry(pid, did, entry.id));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Marktbesuch' }, LAZY),
    ).toBeVisible();
    expect(screen.getByText('Frau Owusu, Marktverwaltung')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Kompostierung auf dem Markt' }),
    ).toHaveAttribute('href', paths.measure(pid, measure.value.id));
    const box = screen.getByRole('checkbox', { name: 'Kompostfläche prüfen' });
    await user.click(box);

    await waitFor(async () => {
      const stored = await getRecord<LogEntry>(entry.id);
      expect(stored?.ok && stored.record.followUps.map((f) => f.done)).toEqual([true, false]);
    });
    await waitFor(() => expect(box).toBeChecked());
    const stored = await getRecord<LogEntry>(entry.id);
    expect(stored?.ok && stored.record).toMatchObject({
      title: 'Marktbesuch',
      notes: 'Viel organischer Abfall.\nHändler sind interessiert.',
      peopleMet: 'Frau Owusu, Marktverwaltung',
      measureIds: [measure.value.id],
      occurredAt: entry.occurredAt,
      createdAt: entry.createdAt,
    });
  });

  it('edits a log entry stored with a full timestamp', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    const entry = await createLogEntry(pid, did, {
      occurredAt: new Date(2024, 2, 2, 14, 45).toISOString(),
      title: 'Workshop',
    });
    const view = renderAt(paths.editLogEntry(pid, did, entry.id));

    const time = await screen.findByLabelText(/^Zeitpunkt/, {}, LAZY);
    expect(time).toHaveValue('2024-03-02T14:45');
    const title = screen.getByRole('textbox', { name: 'Titel' });
    await user.clear(title);
    await user.type(title, 'Workshop Abfalltrennung');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(view.location()).toBe(paths.deployment(pid, did)));
    const stored = await getRecord<LogEntry>(entry.id);
    expect(stored?.ok && stored.record.title).toBe('Workshop Abfalltrennung');
  });
});
