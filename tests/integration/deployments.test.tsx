import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db, getRecord, listRecords, saveRecord, validRecords } from '../../src/db';
import { newRecordId, type Deployment, type FieldsInput } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

async function createPartnership(): Promise<string> {
  const saved = await saveRecord({
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
  if (!saved.ok) throw new Error('partnership not saved');
  return saved.value.id;
}

async function createDeployment(
  partnershipId: string,
  fields: Partial<FieldsInput<'deployment'>> = {},
): Promise<Deployment> {
  const saved = await saveRecord({
    type: 'deployment',
    partnershipId,
    fields: { number: 1, direction: 'toPartner', destination: 'Kumasi', ...fields },
    user: 'Test',
    lang: 'de',
  });
  if (!saved.ok) throw new Error(`deployment not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value;
}

async function createLogEntry(partnershipId: string, deploymentId: string, title: string) {
  const saved = await saveRecord({
    type: 'logEntry',
    partnershipId,
    fields: { deploymentId, occurredAt: '2024-03-02T10:00', title },
    user: 'Test',
    lang: 'de',
  });
  if (!saved.ok) throw new Error('log entry not saved');
  return saved.value;
}

/** Screens load lazily; the first load of a module in a test run can take a while. */
const LAZY = { timeout: 5000 };

/** Date inputs take their value as a whole, the way a phone's date picker sets it. */
const pickDate = (input: HTMLElement, value: string) =>
  fireEvent.change(input, { target: { value } });

describe('deployment list', () => {
  it('offers to plan the first deployment when there is none', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const view = renderAt(paths.deployments(pid));

    expect(await screen.findByText('Noch keine Entsendung geplant', {}, LAZY)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Erste Entsendung planen' }));
    expect(view.location()).toBe(paths.newDeployment(pid));
  });

  it('lists deployments by number with their log counts, a quick log link and broken ones', async () => {
    const pid = await createPartnership();
    const third = await createDeployment(pid, {
      number: 3,
      direction: 'toPartner',
      startDate: '2025-02-01',
    });
    const second = await createDeployment(pid, {
      number: 2,
      direction: 'toGermany',
      destination: 'Musterstadt',
      startDate: '2024-09-01',
      endDate: '2024-09-12',
      status: 'underway',
    });
    await createLogEntry(pid, second.id, 'Besuch Wertstoffhof');
    await createLogEntry(pid, second.id, 'Gespräch Stadtwerke');
    await createLogEntry(pid, third.id, 'Vorbesprechung');
    await db.records.put({
      id: newRecordId('deployment'),
      type: 'deployment',
      partnershipId: pid,
      updatedAt: new Date().toISOString(),
      number: 7,
      rev: null,
      base: null,
      pending: 1,
      deleted: 0,
    });
    renderAt(paths.deployments(pid));

    const first = await screen.findByText('Entsendung 2 · nach Deutschland', {}, LAZY);
    const list = first.closest('ul') as HTMLElement;
    await waitFor(() => expect(list.children).toHaveLength(3));
    const items = [...list.children];
    expect(items[0]).toHaveTextContent('Entsendung 2 · nach Deutschland');
    expect(items[0]).toHaveTextContent('2 Logeinträge');
    expect(items[0]).toHaveTextContent('Laufend');
    expect(items[1]).toHaveTextContent('Entsendung 3 · zur Partnerkommune');
    expect(items[1]).toHaveTextContent('1 Logeintrag');
    expect(items[1]).toHaveTextContent('Geplant');
    expect(items[2]).toHaveTextContent('Dieser Eintrag ist beschädigt');

    // Only the deployment under way offers the shortcut into its log.
    const shortcut = within(items[0] as HTMLElement).getByRole('link', {
      name: 'Neuer Logeintrag: Entsendung 2 · nach Deutschland',
    });
    expect(shortcut).toHaveAttribute('href', paths.newLogEntry(pid, second.id));
    expect(within(items[1] as HTMLElement).queryByText('+ Logeintrag')).toBeNull();
    expect(screen.getByRole('link', { name: 'Neue Entsendung' })).toBeInTheDocument();
  });
});

describe('deployment form', () => {
  it('creates a deployment and opens it', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    await createDeployment(pid, { number: 1 });
    const view = renderAt(paths.newDeployment(pid));

    const number = await screen.findByRole('combobox', { name: 'Entsendung Nr.' }, LAZY);
    // The first deployment exists, so the form suggests the second.
    expect(number).toHaveValue('2');
    const destination = screen.getByRole('textbox', { name: 'Ziel' });
    expect(destination).toHaveValue('Kumasi');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Richtung' }),
      'Nach Deutschland',
    );
    expect(destination).toHaveValue('Musterstadt');

    pickDate(screen.getByLabelText('Beginn'), '2024-09-01');
    pickDate(screen.getByLabelText('Ende'), '2024-09-12');
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ama Mensah');
    await user.type(screen.getByRole('textbox', { name: 'Rolle' }), 'Umweltamt');
    await user.type(
      screen.getByRole('textbox', { name: 'Ziele' }),
      'Abfallwirtschaft kennenlernen',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Abfallvermeidung und Recycling' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Entsendung 2 · nach Deutschland' },
        LAZY,
      ),
    ).toBeInTheDocument();
    const saved = validRecords(await listRecords('deployment', pid)).find((d) => d.number === 2);
    expect(saved).toMatchObject({
      direction: 'toGermany',
      destination: 'Musterstadt',
      startDate: '2024-09-01',
      endDate: '2024-09-12',
      objectives: 'Abfallwirtschaft kennenlernen',
      fieldsOfAction: ['wasteRecycling'],
      status: 'planned',
    });
    expect(saved?.participants).toMatchObject([{ name: 'Ama Mensah', role: 'Umweltamt' }]);
    expect(view.location()).toBe(paths.deployment(pid, saved?.id ?? ''));
    expect(screen.getByText('Ama Mensah')).toBeInTheDocument();
    expect(await db.drafts.count()).toBe(0);
  });

  it('shows an end before the start at the end date and keeps what was typed', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const view = renderAt(paths.newDeployment(pid));

    const destination = await screen.findByRole('textbox', { name: 'Ziel' }, LAZY);
    await user.clear(destination);
    await user.type(destination, 'Kumasi, Bezirk Asokwa');
    pickDate(screen.getByLabelText('Beginn'), '2024-05-10');
    pickDate(screen.getByLabelText('Ende'), '2024-05-01');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const end = screen.getByLabelText('Ende');
    await waitFor(() =>
      expect(end).toHaveAccessibleDescription('Das Ende darf nicht vor dem Beginn liegen.'),
    );
    expect(end).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(end).toHaveFocus());
    expect(end).toHaveValue('2024-05-01');
    expect(screen.getByLabelText('Beginn')).toHaveValue('2024-05-10');
    expect(destination).toHaveValue('Kumasi, Bezirk Asokwa');
    expect(view.location()).toBe(paths.newDeployment(pid));
    expect(await listRecords('deployment', pid)).toHaveLength(0);
  });

  it('edits a deployment and keeps its log', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const deployment = await createDeployment(pid, { objectives: 'Erstes Kennenlernen' });
    await createLogEntry(pid, deployment.id, 'Ankunft');
    renderAt(paths.editDeployment(pid, deployment.id));

    const status = await screen.findByRole('combobox', { name: 'Stand' }, LAZY);
    expect(screen.getByRole('textbox', { name: 'Ziele' })).toHaveValue('Erstes Kennenlernen');
    await user.selectOptions(status, 'Laufend');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Ankunft', {}, LAZY)).toBeInTheDocument();
    const stored = await getRecord<Deployment>(deployment.id);
    expect(stored?.ok && stored.record.status).toBe('underway');
    expect(stored?.ok && stored.record.createdAt).toBe(deployment.createdAt);
  });
});

describe('deployment detail', () => {
  it('deletes a deployment together with its log after confirmation', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const deployment = await createDeployment(pid);
    const entry = await createLogEntry(pid, deployment.id, 'Ankunft');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const view = renderAt(paths.deployment(pid, deployment.id));

    await user.click(await screen.findByRole('button', { name: 'Löschen' }, LAZY));

    expect(confirm).toHaveBeenCalledWith(
      'Diese Entsendung und ihren Logeintrag löschen? Das lässt sich nicht rückgängig machen.',
    );
    await waitFor(() => expect(view.location()).toBe(paths.deployments(pid)));
    expect(await getRecord(deployment.id)).toBeUndefined();
    expect(await getRecord(entry.id)).toBeUndefined();
  });

  it('says so when the deployment does not exist', async () => {
    const pid = await createPartnership();
    renderAt(paths.deployment(pid, newRecordId('deployment')));
    expect(
      await screen.findByText(
        'Dieser Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.',
        {},
        LAZY,
      ),
    ).toBeInTheDocument();
  });
});
