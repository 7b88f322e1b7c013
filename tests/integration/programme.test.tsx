import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deleteRecord, getRecord, listRecords, saveRecord, type SaveInput } from '../../src/db';
import {
  newRecordId,
  type ActionProgramme,
  type FieldsInput,
  type RecordOf,
  type RecordType,
} from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

async function save<T extends RecordType>(input: Omit<SaveInput<T>, 'user' | 'lang'>) {
  const result = await saveRecord({ ...input, user: 'Test', lang: 'de' } as SaveInput<T>);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value as RecordOf<T>;
}

async function seedPartnership() {
  return save({
    type: 'partnership',
    fields: {
      germanMunicipality: 'Bonn',
      partnerMunicipality: 'Cape Coast',
      partnerCountry: 'GH',
      phase: 3,
      vision: 'Gemeinsam klimaneutral bis 2040',
    },
  });
}

function seedMeasure(
  partnershipId: string,
  title: string,
  fields: Partial<FieldsInput<'measure'>> = {},
) {
  return save({
    type: 'measure',
    partnershipId,
    fields: { title, fieldOfAction: 'renewableEnergy', ...fields },
  });
}

function seedProgramme(partnershipId: string, measureIds: string[]) {
  return save({ type: 'programme', partnershipId, fields: { phase: 3, measureIds } });
}

async function storedOrder(programmeId: string) {
  const loaded = await getRecord<ActionProgramme>(programmeId);
  if (!loaded?.ok) throw new Error('programme missing');
  return loaded.record.measureIds;
}

/** The titles of the measures in the programme, in the order shown. */
function shownOrder() {
  const section = screen.getByRole('region', { name: 'Maßnahmen' });
  return within(section)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

describe('action programme', () => {
  it('creates the programme from the empty state with the measures by field of action', async () => {
    const partnership = await seedPartnership();
    const solar = await seedMeasure(partnership.id, 'Solarschule');
    const bikes = await seedMeasure(partnership.id, 'Radwege', {
      fieldOfAction: 'lowCarbonMobility',
    });
    await seedMeasure(partnership.id, 'Alte Idee', { status: 'dropped' });
    const user = userEvent.setup();
    renderAt(paths.programme(partnership.id));

    await user.click(await screen.findByRole('button', { name: 'Handlungsprogramm anlegen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gemeinsames Handlungsprogramm' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(shownOrder()).toEqual(['1. Solarschule', '2. Radwege']));
    expect(screen.getByText('Gemeinsam klimaneutral bis 2040')).toBeInTheDocument();
    expect(screen.getAllByText('noch nicht beschlossen')).toHaveLength(2);
    const outside = screen.getByRole('region', { name: 'Nicht im Programm' });
    expect(within(outside).getByRole('link', { name: 'Alte Idee' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Solarschule' })).toHaveAttribute(
      'href',
      paths.measure(partnership.id, solar.id),
    );

    const programmes = await listRecords('programme', partnership.id);
    expect(programmes).toHaveLength(1);
    const [stored] = programmes;
    expect(stored?.ok && stored.record).toMatchObject({
      phase: 3,
      vision: 'Gemeinsam klimaneutral bis 2040',
      fieldGoals: [],
      measureIds: [solar.id, bikes.id],
    });
  });

  it('moves a measure, saves the new order at once and keeps the focus on it', async () => {
    const partnership = await seedPartnership();
    const a = await seedMeasure(partnership.id, 'Anlage A');
    const b = await seedMeasure(partnership.id, 'Anlage B');
    const c = await seedMeasure(partnership.id, 'Anlage C');
    const programme = await seedProgramme(partnership.id, [a.id, b.id, c.id]);
    const user = userEvent.setup();
    renderAt(paths.programme(partnership.id));

    await user.click(await screen.findByRole('button', { name: 'Reihenfolge ändern' }));
    const down = screen.getByRole('button', { name: 'Nach unten: Anlage A' });
    await user.click(down);

    await waitFor(() =>
      expect(shownOrder()).toEqual(['1. Anlage B', '2. Anlage A', '3. Anlage C']),
    );
    expect(await storedOrder(programme.id)).toEqual([b.id, a.id, c.id]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Nach unten: Anlage A' })).toHaveFocus(),
    );
    expect(screen.getByText('„Anlage A“ steht jetzt an Stelle 2.')).toBeInTheDocument();

    // Back to the top: "up" is no longer possible there, so the focus goes to "down".
    await user.click(screen.getByRole('button', { name: 'Nach oben: Anlage A' }));
    await waitFor(() =>
      expect(shownOrder()).toEqual(['1. Anlage A', '2. Anlage B', '3. Anlage C']),
    );
    expect(await storedOrder(programme.id)).toEqual([a.id, b.id, c.id]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Nach unten: Anlage A' })).toHaveFocus(),
    );
  });

  it('moves with the keyboard alone', async () => {
    const partnership = await seedPartnership();
    const a = await seedMeasure(partnership.id, 'Anlage A');
    const b = await seedMeasure(partnership.id, 'Anlage B');
    const programme = await seedProgramme(partnership.id, [a.id, b.id]);
    const user = userEvent.setup();
    renderAt(paths.programme(partnership.id));

    await user.click(await screen.findByRole('button', { name: 'Reihenfolge ändern' }));
    screen.getByRole('button', { name: 'Nach oben: Anlage B' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await storedOrder(programme.id)).toEqual([b.id, a.id]));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Nach unten: Anlage B' })).toHaveFocus(),
    );
  });

  it('takes a measure that was not in the programme in, and another one out', async () => {
    const partnership = await seedPartnership();
    const a = await seedMeasure(partnership.id, 'Anlage A');
    const b = await seedMeasure(partnership.id, 'Brunnen B');
    const programme = await seedProgramme(partnership.id, [a.id]);
    const user = userEvent.setup();
    renderAt(paths.programme(partnership.id));

    await user.click(await screen.findByRole('button', { name: 'Aufnehmen: Brunnen B' }));
    await waitFor(() => expect(shownOrder()).toEqual(['1. Anlage A', '2. Brunnen B']));
    expect(await storedOrder(programme.id)).toEqual([a.id, b.id]);
    expect(screen.getByText('Alle Maßnahmen der Partnerschaft sind im Programm.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Reihenfolge ändern' }));
    await user.click(screen.getByRole('button', { name: 'Herausnehmen: Anlage A' }));
    await waitFor(() => expect(shownOrder()).toEqual(['1. Brunnen B']));
    expect(await storedOrder(programme.id)).toEqual([b.id]);
    const outside = screen.getByRole('region', { name: 'Nicht im Programm' });
    expect(within(outside).getByRole('link', { name: 'Anlage A' })).toBeInTheDocument();
  });

  it('still shows a programme that points at deleted or missing measures, and reorders it', async () => {
    const partnership = await seedPartnership();
    const a = await seedMeasure(partnership.id, 'Anlage A');
    const gone = await seedMeasure(partnership.id, 'Gelöscht');
    const c = await seedMeasure(partnership.id, 'Anlage C');
    const missing = newRecordId('measure');
    const programme = await seedProgramme(partnership.id, [a.id, gone.id, missing, c.id]);
    await deleteRecord(gone.id, 'Test');
    const user = userEvent.setup();
    renderAt(paths.programme(partnership.id));

    await waitFor(() => expect(shownOrder()).toEqual(['1. Anlage A', '2. Anlage C']));
    expect(screen.queryByText('Gelöscht')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reihenfolge ändern' }));
    await user.click(screen.getByRole('button', { name: 'Nach oben: Anlage C' }));
    await waitFor(() => expect(shownOrder()).toEqual(['1. Anlage C', '2. Anlage A']));
    // The ids that lead nowhere keep their places; only the two shown measures swap.
    expect(await storedOrder(programme.id)).toEqual([c.id, gone.id, missing, a.id]);
  });

  it('shows the adoption dates, the fields of action with goals and the measure facts', async () => {
    const partnership = await seedPartnership();
    const a = await seedMeasure(partnership.id, 'Anlage A', {
      description: 'Photovoltaik auf allen Schulen',
      responsiblePartner: 'Ama Mensah',
      startDate: '2025-01-01',
      endDate: '2026-06-30',
      status: 'proposed',
    });
    await save({
      type: 'programme',
      partnershipId: partnership.id,
      fields: {
        phase: 3,
        version: 2,
        measureIds: [a.id],
        fieldGoals: [{ fieldOfAction: 'renewableEnergy', goals: '50 % Solarstrom bis 2030' }],
        adoptedGermanCouncil: '2025-03-12',
      },
    });
    renderAt(paths.programme(partnership.id));

    expect(await screen.findByText('12.03.2025')).toBeInTheDocument();
    expect(screen.getByText('noch nicht beschlossen')).toBeInTheDocument();
    const fields = screen.getByRole('region', { name: 'Handlungsfelder und strategische Ziele' });
    expect(within(fields).getByRole('heading', { name: 'Erneuerbare Energien' })).toBeVisible();
    expect(within(fields).getByText('50 % Solarstrom bis 2030')).toBeVisible();
    const measures = screen.getByRole('region', { name: 'Maßnahmen' });
    expect(within(measures).getByText('Ama Mensah')).toBeVisible();
    expect(within(measures).getByText('Verantwortlich in Cape Coast')).toBeVisible();
    expect(within(measures).getByText('01.01.2025 bis 30.06.2026')).toBeVisible();
    expect(within(measures).getByText('Vorgeschlagen')).toBeVisible();
    expect(within(measures).getByText('Photovoltaik auf allen Schulen')).toBeVisible();
  });
});
