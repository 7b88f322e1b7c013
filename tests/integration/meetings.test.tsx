import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db, getRecord, listRecords, saveRecord } from '../../src/db';
import { newItemId, newRecordId, type FieldsInput, type Meeting } from '../../src/domain';
import { localDateString } from '../../src/features/shared/dates';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

/** The item at `index`, failing the test when there is none. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

/** A calendar day relative to today (`YYYY-MM-DD`). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return localDateString(date);
}

async function createPartnership(): Promise<string> {
  const result = await saveRecord({
    type: 'partnership',
    fields: {
      germanMunicipality: 'Ludwigsburg',
      partnerMunicipality: 'Moshi',
      partnerCountry: 'TZ',
      phase: 1,
    },
    user: 'Test',
    lang: 'de',
  });
  if (!result.ok) throw new Error('partnership not saved');
  return result.value.id;
}

async function createMeeting(
  partnershipId: string,
  fields: Partial<FieldsInput<'meeting'>> = {},
): Promise<Meeting> {
  const result = await saveRecord({
    type: 'meeting',
    partnershipId,
    fields: { kind: 'networkMeeting', title: 'Netzwerktreffen', date: day(0), ...fields },
    user: 'Test',
    lang: 'de',
  });
  if (!result.ok) throw new Error(`meeting not saved: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** Type into a field the quick way: one paste instead of a key event per character. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const task = (text: string, extra: { dueDate?: string | null; done?: boolean } = {}) => ({
  id: newItemId(),
  text,
  owner: '',
  dueDate: null,
  done: false,
  ...extra,
});

describe('meeting form', () => {
  // A long walk through the whole form; give it room on a busy machine.
  it(
    'creates a meeting with agenda items in the chosen order and action items, then shows it',
    { timeout: 40_000 },
    async () => {
      const user = userEvent.setup();
      const pid = await createPartnership();
      const app = renderAt(paths.newMeeting(pid));

      const title = await screen.findByRole('textbox', { name: 'Titel' });
      expect(screen.getByLabelText(/^Datum/)).toHaveValue(day(0));
      await fill(user, title, 'Zweites Netzwerktreffen');
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Art des Treffens' }),
        'Netzwerktreffen',
      );
      await fill(user, screen.getByRole('textbox', { name: 'Ort' }), 'Rathaus Moshi');

      const agenda = screen.getByRole('group', { name: 'Tagesordnung' });
      await user.click(
        within(agenda).getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }),
      );
      await user.click(
        within(agenda).getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }),
      );
      await fill(
        user,
        within(agenda).getByRole('textbox', { name: 'Tagesordnungspunkt 1' }),
        'Bericht',
      );
      await fill(
        user,
        within(agenda).getByRole('textbox', { name: 'Tagesordnungspunkt 2' }),
        'Begrüßung',
      );
      // Greeting belongs first: move it up.
      // Each button names its entry, so a screen reader says which one moves.
      await user.click(
        within(agenda).getByRole('button', { name: /^Eintrag 2 von .* nach oben$/ }),
      );
      expect(within(agenda).getByRole('textbox', { name: 'Tagesordnungspunkt 1' })).toHaveValue(
        'Begrüßung',
      );

      const actions = screen.getByRole('group', { name: 'Aufgaben' });
      await user.click(within(actions).getByRole('button', { name: 'Aufgabe hinzufügen' }));
      await user.click(within(actions).getByRole('button', { name: 'Aufgabe hinzufügen' }));
      const taskTexts = within(actions).getAllByRole('textbox', { name: 'Aufgabe' });
      await fill(user, nth(taskTexts, 0), 'Protokoll verschicken');
      await fill(user, nth(taskTexts, 1), 'Solaranlage Schule prüfen');
      await fill(
        user,
        nth(within(actions).getAllByRole('textbox', { name: 'Zuständig' }), 0),
        'Anna',
      );
      await fill(user, nth(within(actions).getAllByLabelText('Fällig am'), 1), day(14));

      await user.click(screen.getByRole('button', { name: 'Speichern' }));

      await waitFor(async () => expect(await listRecords('meeting', pid)).toHaveLength(1));
      const [stored] = await listRecords('meeting', pid);
      if (!stored?.ok) throw new Error('meeting not stored');
      const meeting = stored.record;
      expect(meeting).toMatchObject({
        title: 'Zweites Netzwerktreffen',
        kind: 'networkMeeting',
        date: day(0),
        place: 'Rathaus Moshi',
      });
      expect(meeting.agendaItems.map((item) => item.text)).toEqual(['Begrüßung', 'Bericht']);
      expect(meeting.actionItems).toMatchObject([
        { text: 'Protokoll verschicken', owner: 'Anna', dueDate: null, done: false },
        { text: 'Solaranlage Schule prüfen', owner: '', dueDate: day(14), done: false },
      ]);

      await waitFor(() => expect(app.location()).toBe(paths.meeting(pid, meeting.id)));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Zweites Netzwerktreffen' }),
      ).toBeInTheDocument();
    },
  );

  it('shows a missing title next to the title field and keeps everything else typed', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const app = renderAt(paths.newMeeting(pid));

    const title = await screen.findByRole('textbox', { name: 'Titel' });
    await fill(user, screen.getByRole('textbox', { name: 'Ort' }), 'Online');
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Protokoll und Notizen' }),
      'Kurz notiert',
    );
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    const errorId = title.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)).toHaveTextContent('Bitte ausfüllen.');
    expect(screen.getByText('Bitte korrigieren Sie 1 Angabe.')).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Ort' })).toHaveValue('Online');
    expect(screen.getByRole('textbox', { name: 'Protokoll und Notizen' })).toHaveValue(
      'Kurz notiert',
    );
    expect(app.location()).toBe(paths.newMeeting(pid));
    expect(await listRecords('meeting', pid)).toHaveLength(0);
  });

  it('edits a stored meeting, keeping the language its text was written in', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const saved = await saveRecord({
      type: 'meeting',
      partnershipId: pid,
      fields: { kind: 'partnerMeeting', title: 'Réunion', date: day(-3), notes: 'Notes' },
      user: 'Test',
      lang: 'fr',
    });
    if (!saved.ok) throw new Error('not saved');
    const app = renderAt(paths.editMeeting(pid, saved.value.id));

    const title = await screen.findByRole('textbox', { name: 'Titel' });
    expect(title).toHaveValue('Réunion');
    await user.clear(title);
    await fill(user, title, 'Réunion des partenaires');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(app.location()).toBe(paths.meeting(pid, saved.value.id)));
    const stored = await getRecord<Meeting>(saved.value.id);
    expect(stored?.ok && stored.record).toMatchObject({
      title: 'Réunion des partenaires',
      notes: 'Notes',
      date: day(-3),
      lang: 'fr',
    });
  });
});

describe('meeting minutes', () => {
  it('shows the agenda in its order and saves an action item ticked off at once', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const meeting = await createMeeting(pid, {
      place: 'Rathaus',
      agendaItems: ['Begrüßung', 'Bericht der Entsendung', 'Verschiedenes'].map((text) => ({
        id: newItemId(),
        text,
      })),
      decisions: [{ id: newItemId(), text: 'Photovoltaik auf der Schule' }],
      actionItems: [task('Protokoll verschicken'), task('Angebote einholen', { dueDate: day(7) })],
    });
    renderAt(paths.meeting(pid, meeting.id));

    const agenda = await screen.findByRole('region', { name: 'Tagesordnung' });
    expect(
      within(agenda)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Begrüßung', 'Bericht der Entsendung', 'Verschiedenes']);
    expect(screen.getByText('Photovoltaik auf der Schule')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Protokoll verschicken' }));

    await waitFor(async () => {
      const stored = await getRecord<Meeting>(meeting.id);
      expect(stored?.ok && stored.record.actionItems.map((item) => item.done)).toEqual([
        true,
        false,
      ]);
    });
    const stored = await getRecord<Meeting>(meeting.id);
    expect(stored?.ok && stored.record).toMatchObject({
      title: meeting.title,
      place: 'Rathaus',
      agendaItems: meeting.agendaItems,
      decisions: meeting.decisions,
    });
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Protokoll verschicken' })).toBeChecked(),
    );
  });

  it('deletes a meeting after asking, and goes back to the list', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const meeting = await createMeeting(pid, { title: 'Zu löschen' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const app = renderAt(paths.meeting(pid, meeting.id));

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));

    expect(confirm).toHaveBeenCalled();
    await waitFor(() => expect(app.location()).toBe(paths.meetings(pid)));
    expect(await getRecord(meeting.id)).toBeUndefined();
  });

  it('says so when the meeting does not exist', async () => {
    const pid = await createPartnership();
    renderAt(paths.meeting(pid, newRecordId('meeting')));
    expect(
      await screen.findByText('Dieser Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.'),
    ).toBeInTheDocument();
  });
});

describe('meeting list', () => {
  it('lists upcoming meetings soonest first, then past ones latest first, with open action items', async () => {
    const pid = await createPartnership();
    await createMeeting(pid, { title: 'In zehn Tagen', date: day(10) });
    await createMeeting(pid, {
      title: 'In drei Tagen',
      date: day(3),
      actionItems: [task('Raum buchen'), task('Einladung', { done: true })],
    });
    await createMeeting(pid, { title: 'Vor einem Monat', date: day(-30) });
    await createMeeting(pid, {
      title: 'Letzte Woche',
      date: day(-5),
      kind: 'onlineMeeting',
      actionItems: [task('A'), task('B')],
    });
    renderAt(paths.meetings(pid));

    const upcoming = await screen.findByRole('region', { name: 'Anstehend' });
    const past = screen.getByRole('region', { name: 'Vergangen' });
    const titles = (region: HTMLElement) =>
      within(region)
        .getAllByRole('link')
        .map((link) => link.querySelector('.card__title')?.textContent);
    expect(titles(upcoming)).toEqual(['In drei Tagen', 'In zehn Tagen']);
    expect(titles(past)).toEqual(['Letzte Woche', 'Vor einem Monat']);

    const soon = within(upcoming).getByRole('link', { name: /In drei Tagen/ });
    expect(within(soon).getByText('1 offene Aufgabe')).toBeInTheDocument();
    expect(within(soon).getByText('Netzwerktreffen')).toBeInTheDocument();
    const lastWeek = within(past).getByRole('link', { name: /Letzte Woche/ });
    expect(within(lastWeek).getByText('2 offene Aufgaben')).toBeInTheDocument();
    expect(within(lastWeek).getByText('Online-Treffen')).toBeInTheDocument();
  });

  it('shows a damaged meeting as an error in the list instead of dropping it', async () => {
    const pid = await createPartnership();
    await createMeeting(pid, { title: 'Gutes Treffen' });
    const brokenId = newRecordId('meeting');
    await db.records.put({
      id: brokenId,
      type: 'meeting',
      partnershipId: pid,
      createdAt: '2025-01-01T00:00:00.000Z',
      createdBy: 'Test',
      updatedAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'Test',
      kind: 'networkMeeting',
      title: 42,
      date: 'gestern',
      rev: null,
      base: null,
      pending: 1,
      deleted: 0,
    });
    renderAt(paths.meetings(pid));

    expect(
      await screen.findByText('Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.'),
    ).toBeInTheDocument();
    expect(screen.getByText(brokenId)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Gutes Treffen/ })).toBeInTheDocument();
  });

  it('invites to record the first meeting when there is none', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const app = renderAt(paths.meetings(pid));

    expect(await screen.findByText('Noch keine Treffen erfasst')).toBeInTheDocument();
    await user.click(nth(screen.getAllByRole('link', { name: 'Neues Treffen' }), 0));
    await waitFor(() => expect(app.location()).toBe(paths.newMeeting(pid)));
  });
});
