import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, getRecord, saveRecord } from '../../src/db';
import { newItemId, newRecordId, type LogEntry, type Meeting } from '../../src/domain';
import { localDateString } from '../../src/features/shared/dates';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

/** The list entry a control belongs to. */
function itemOf(element: HTMLElement): HTMLElement {
  const item = element.closest('li');
  if (!item) throw new Error('not in a list');
  return item;
}

function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return localDateString(date);
}

const task = (
  text: string,
  extra: { owner?: string; dueDate?: string | null; done?: boolean } = {},
) => ({ id: newItemId(), text, owner: '', dueDate: null, done: false, ...extra });

function ok<T>(result: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A partnership with a deployment, a log entry with follow-ups and a meeting with action items. */
async function seed() {
  const base = { user: 'Test', lang: 'de' };
  const partnership = ok(
    await saveRecord({
      ...base,
      type: 'partnership',
      fields: {
        germanMunicipality: 'Ludwigsburg',
        partnerMunicipality: 'Moshi',
        partnerCountry: 'TZ',
        phase: 1,
      },
    }),
  );
  const pid = partnership.id;
  const deployment = ok(
    await saveRecord({
      ...base,
      type: 'deployment',
      partnershipId: pid,
      fields: { number: 1, direction: 'toPartner', destination: 'Moshi' },
    }),
  );
  const logEntry: LogEntry = ok(
    await saveRecord({
      ...base,
      type: 'logEntry',
      partnershipId: pid,
      fields: {
        deploymentId: deployment.id,
        occurredAt: new Date().toISOString(),
        kind: 'siteVisit',
        title: 'Besuch Deponie',
        followUps: [
          task('Messdaten anfordern', { owner: 'Juma', dueDate: day(-2) }),
          task('Fotos teilen'),
          task('Bericht abgelegt', { dueDate: day(-10), done: true }),
        ],
      },
    }),
  );
  const meeting: Meeting = ok(
    await saveRecord({
      ...base,
      type: 'meeting',
      partnershipId: pid,
      fields: {
        kind: 'networkMeeting',
        title: 'Netzwerktreffen',
        date: day(-1),
        actionItems: [
          task('Angebote einholen', { dueDate: day(5) }),
          task('Raum buchen', { owner: 'Anna', dueDate: day(1) }),
        ],
      },
    }),
  );
  return { pid, deployment, logEntry, meeting };
}

const taskTexts = () =>
  screen
    .getAllByRole('checkbox', { name: (name) => name !== 'Erledigte anzeigen' })
    .map((box) => box.closest('li')?.querySelector('label')?.textContent);

describe('open tasks of a partnership', () => {
  it('lists open follow-ups and action items by due date, overdue first and marked, undated last', async () => {
    const { pid, deployment, logEntry, meeting } = await seed();
    renderAt(paths.followUps(pid));

    await screen.findByRole('checkbox', { name: 'Messdaten anfordern' });
    expect(taskTexts()).toEqual([
      'Messdaten anfordern',
      'Raum buchen',
      'Angebote einholen',
      'Fotos teilen',
    ]);
    expect(screen.getByText('4 offene Aufgaben')).toBeInTheDocument();
    expect(screen.getByText('1 überfällig')).toBeInTheDocument();

    const overdue = itemOf(screen.getByRole('checkbox', { name: 'Messdaten anfordern' }));
    expect(within(overdue).getByText('überfällig')).toBeInTheDocument();
    expect(within(overdue).getByText('zuständig: Juma')).toBeInTheDocument();
    expect(
      within(overdue).getByRole('link', { name: /Logbucheintrag „Besuch Deponie“/ }),
    ).toHaveAttribute('href', paths.logEntry(pid, deployment.id, logEntry.id));
    const soon = itemOf(screen.getByRole('checkbox', { name: 'Raum buchen' }));
    expect(within(soon).queryByText('überfällig')).not.toBeInTheDocument();
    expect(within(soon).getByRole('link', { name: /Treffen „Netzwerktreffen“/ })).toHaveAttribute(
      'href',
      paths.meeting(pid, meeting.id),
    );
    const undated = itemOf(screen.getByRole('checkbox', { name: 'Fotos teilen' }));
    expect(within(undated).getByText('ohne Termin')).toBeInTheDocument();
    expect(screen.queryByText('Bericht abgelegt')).not.toBeInTheDocument();
  });

  it('takes a ticked-off task out of the open list and stores it as done', async () => {
    const user = userEvent.setup();
    const { pid, meeting } = await seed();
    renderAt(paths.followUps(pid));

    await user.click(await screen.findByRole('checkbox', { name: 'Raum buchen' }));

    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Raum buchen' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('3 offene Aufgaben')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('„Raum buchen“ ist erledigt.');
    const stored = await getRecord<Meeting>(meeting.id);
    expect(stored?.ok && stored.record.actionItems).toMatchObject([
      { text: 'Angebote einholen', done: false },
      { text: 'Raum buchen', owner: 'Anna', done: true },
    ]);
  });

  it('shows completed tasks on request and can open one again', async () => {
    const user = userEvent.setup();
    const { pid, logEntry } = await seed();
    const app = renderAt(paths.followUps(pid));

    await user.click(await screen.findByRole('checkbox', { name: 'Erledigte anzeigen' }));
    // Kept in the URL, so coming back from a meeting keeps the choice.
    await waitFor(() => expect(app.location()).toBe(`${paths.followUps(pid)}?done=1`));
    const done = await screen.findByRole('checkbox', { name: 'Bericht abgelegt' });
    expect(done).toBeChecked();
    expect(taskTexts().at(-1)).toBe('Bericht abgelegt');
    expect(screen.getByText('4 offene Aufgaben')).toBeInTheDocument();

    await user.click(done);

    await waitFor(async () => {
      const stored = await getRecord<LogEntry>(logEntry.id);
      expect(stored?.ok && stored.record.followUps.map((item) => item.done)).toEqual([
        false,
        false,
        false,
      ]);
    });
    await waitFor(() => expect(screen.getByText('5 offene Aufgaben')).toBeInTheDocument());
  });

  it('undoes a tick by mistake', async () => {
    const user = userEvent.setup();
    const { pid, logEntry } = await seed();
    renderAt(paths.followUps(pid));

    await user.click(await screen.findByRole('checkbox', { name: 'Fotos teilen' }));
    await user.click(await screen.findByRole('button', { name: 'Rückgängig' }));

    expect(await screen.findByRole('checkbox', { name: 'Fotos teilen' })).not.toBeChecked();
    const stored = await getRecord<LogEntry>(logEntry.id);
    expect(stored?.ok && stored.record.followUps[1]).toMatchObject({ done: false });
  });

  it('says there is nothing to do, and shows damaged records instead of dropping them', async () => {
    const { pid } = await seed();
    await db.records.where('type').anyOf('meeting', 'logEntry').delete();
    const brokenId = newRecordId('logEntry');
    await db.records.put({
      id: brokenId,
      type: 'logEntry',
      partnershipId: pid,
      updatedAt: 'never',
      title: '',
      rev: null,
      base: null,
      pending: 1,
      deleted: 0,
    });
    renderAt(paths.followUps(pid));

    expect(await screen.findByText('Keine offenen Aufgaben')).toBeInTheDocument();
    expect(screen.getByText('0 offene Aufgaben')).toBeInTheDocument();
    expect(
      screen.getByText('Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.'),
    ).toBeInTheDocument();
    expect(screen.getByText(brokenId)).toBeInTheDocument();
  });
});
