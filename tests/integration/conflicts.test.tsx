import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, listConflicts } from '../../src/db';
import { idToParam } from '../../src/domain';
import { useSessionStore } from '../../src/features/shared/sessionStore';
import { renderAt } from '../helpers/renderApp';
import { saveValid } from '../helpers/fixtures';
import { conflictedMeasure, REMOTE_REV } from './conflictsHelpers';

const resolvePath = (id: string) => `/conflicts/measure/${idToParam(id)}`;

describe('conflict list', () => {
  it('says so when there are no open conflicts', async () => {
    renderAt('/conflicts');
    expect(await screen.findByText('Keine offenen Konflikte')).toBeInTheDocument();
  });

  it('lists a conflicted measure under its partnership with what differs and a way to resolve it', async () => {
    const { partnership, measure } = await conflictedMeasure(
      { title: 'Radwege Nord', priority: 'high' },
      { title: 'Radwege Süd', priority: 'low' },
    );
    await saveValid('measure', partnership.id, { title: 'Ohne Konflikt' });

    renderAt('/conflicts');

    const group = await screen.findByRole('region', { name: 'Musterstadt – Kumasi' });
    const link = within(group).getByRole('link', { name: /Radwege Nord/ });
    expect(link).toHaveAttribute('href', resolvePath(measure.id));
    expect(link).toHaveTextContent('Maßnahme');
    expect(link).toHaveTextContent('2 Felder unterschiedlich');
    expect(link).toHaveTextContent(/Bemerkt am/);
    expect(screen.queryByText('Ohne Konflikt')).not.toBeInTheDocument();
  });

  it('marks a record the server deleted', async () => {
    await conflictedMeasure({ title: 'Radwege Nord' }, null);
    renderAt('/conflicts');
    expect(await screen.findByText('Auf dem Server gelöscht')).toBeInTheDocument();
  });
});

describe('conflict resolution', () => {
  it('shows both versions of each conflicted field with who changed them, readably', async () => {
    const { measure } = await conflictedMeasure(
      { title: 'Radwege Nord', priority: 'high' },
      { title: 'Radwege Süd', priority: 'low', goal: 'Nur auf dem Server geändert' },
    );
    renderAt(resolvePath(measure.id));

    const title = await screen.findByRole('group', { name: 'Titel' });
    expect(within(title).getByText('Radwege Nord')).toBeInTheDocument();
    expect(within(title).getByText('Radwege Süd')).toBeInTheDocument();
    expect(within(title).getByText('Auf diesem Gerät')).toBeInTheDocument();
    expect(within(title).getByText('Auf dem Server')).toBeInTheDocument();
    expect(within(title).getByText(/Geändert von partner am/)).toBeInTheDocument();
    expect(within(title).getByText(/Geändert von expert am/)).toBeInTheDocument();
    const priority = screen.getByRole('group', { name: 'Priorität' });
    expect(within(priority).getByText('Hoch')).toBeInTheDocument();
    expect(within(priority).getByText('Niedrig')).toBeInTheDocument();
    // Choice lists only offer free text for text fields.
    expect(within(title).getByRole('radio', { name: 'Selbst bearbeiten' })).toBeInTheDocument();
    expect(within(priority).queryByRole('radio', { name: 'Selbst bearbeiten' })).toBeNull();
    // A field only one side changed is not a question: it sits among the merged details.
    expect(screen.queryByRole('group', { name: 'Ziel' })).toBeNull();
    expect(screen.getByText('Übrige Angaben (bereits zusammengeführt)')).toBeInTheDocument();
    expect(screen.getByText('Nur auf dem Server geändert')).toBeInTheDocument();
  });

  it('stores the server version of one field and an edited text of another, ready to sync', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().setUserName('expert');
    const { measure, remote } = await conflictedMeasure(
      { title: 'Radwege Nord', priority: 'high', description: 'Lokal beschrieben' },
      { title: 'Radwege Süd', priority: 'low', goal: 'Vom Server' },
    );
    const view = renderAt(resolvePath(measure.id));

    const priority = await screen.findByRole('group', { name: 'Priorität' });
    await user.click(within(priority).getByRole('radio', { name: 'Fassung vom Server' }));
    const title = screen.getByRole('group', { name: 'Titel' });
    await user.click(within(title).getByRole('radio', { name: 'Selbst bearbeiten' }));
    const text = within(title).getByRole('textbox', { name: 'Neuer Text für „Titel“' });
    expect(text).toHaveValue('Radwege Nord');
    await user.click(within(title).getByRole('button', { name: 'Server-Fassung einsetzen' }));
    expect(text).toHaveValue('Radwege Süd');
    await user.clear(text);
    await user.type(text, 'Radwege Nord und Süd');
    await user.click(screen.getByRole('button', { name: 'Auflösen' }));

    await waitFor(() => expect(view.location()).toBe('/conflicts'));
    const row = await db.records.get(measure.id);
    expect(row).toMatchObject({
      title: 'Radwege Nord und Süd',
      priority: 'low',
      description: 'Lokal beschrieben',
      goal: 'Vom Server',
      updatedBy: 'expert',
      conflict: null,
      conflicted: 0,
      pending: 1,
      rev: REMOTE_REV,
    });
    expect(row?.base).toEqual(remote);
    expect(await listConflicts()).toEqual([]);
    expect(await screen.findByText('Keine offenen Konflikte')).toBeInTheDocument();
  });

  it('asks for a choice in every field before storing anything', async () => {
    const user = userEvent.setup();
    const { measure } = await conflictedMeasure(
      { title: 'Radwege Nord', priority: 'high' },
      { title: 'Radwege Süd', priority: 'low' },
    );
    renderAt(resolvePath(measure.id));

    const title = await screen.findByRole('group', { name: 'Titel' });
    await user.click(within(title).getByRole('radio', { name: 'Meine Fassung' }));
    await user.click(screen.getByRole('button', { name: 'Auflösen' }));

    expect(await screen.findByText('Für 1 Feld fehlt noch Ihre Wahl.')).toBeInTheDocument();
    const priority = screen.getByRole('group', { name: 'Priorität' });
    expect(within(priority).getByText('Bitte wählen Sie eine Fassung.')).toBeInTheDocument();
    expect(within(priority).getByRole('radio', { name: 'Meine Fassung' })).toHaveFocus();
    expect((await db.records.get(measure.id))?.conflicted).toBe(1);
  });

  it('keeps the person on the screen with the reason when the result is not valid', async () => {
    const user = userEvent.setup();
    const { measure } = await conflictedMeasure(
      { title: 'Radwege Nord' },
      { title: 'Radwege Süd' },
    );
    const view = renderAt(resolvePath(measure.id));

    const title = await screen.findByRole('group', { name: 'Titel' });
    await user.click(within(title).getByRole('radio', { name: 'Selbst bearbeiten' }));
    await user.clear(within(title).getByRole('textbox'));
    await user.click(screen.getByRole('button', { name: 'Auflösen' }));

    expect(await within(title).findByText('Bitte ausfüllen.')).toBeInTheDocument();
    expect(view.location()).toBe(resolvePath(measure.id));
    expect((await db.records.get(measure.id))?.conflicted).toBe(1);
  });
});

describe('a record the server deleted', () => {
  it('keeps my version: the conflict is settled and the record will be created again', async () => {
    const user = userEvent.setup();
    const { measure } = await conflictedMeasure({ title: 'Radwege Nord' }, null);
    const view = renderAt(resolvePath(measure.id));

    expect(await screen.findByText(/wurde auf dem Server gelöscht/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Meine Fassung behalten/ }));
    await user.click(screen.getByRole('button', { name: 'Auflösen' }));

    await waitFor(() => expect(view.location()).toBe('/conflicts'));
    expect(await db.records.get(measure.id)).toMatchObject({
      title: 'Radwege Nord',
      deleted: 0,
      pending: 1,
      conflict: null,
      conflicted: 0,
      rev: REMOTE_REV,
      base: null,
    });
  });

  it('accepts the deletion: the record goes from this device', async () => {
    const user = userEvent.setup();
    const { measure } = await conflictedMeasure({ title: 'Radwege Nord' }, null);
    const view = renderAt(resolvePath(measure.id));

    await user.click(await screen.findByRole('radio', { name: /Löschung übernehmen/ }));
    await user.click(screen.getByRole('button', { name: 'Auflösen' }));

    await waitFor(() => expect(view.location()).toBe('/conflicts'));
    expect(await db.records.get(measure.id)).toMatchObject({
      deleted: 1,
      conflict: null,
      conflicted: 0,
    });
    expect(await listConflicts()).toEqual([]);
  });
});
