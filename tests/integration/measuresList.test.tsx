import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, saveRecord } from '../../src/db';
import { newRecordId, type Measure } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { savePartnership } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

async function createPartnership(): Promise<string> {
  const partnership = await savePartnership(
    {
      germanMunicipality: 'Musterstadt',
      partnerMunicipality: 'Kumasi',
      partnerCountry: 'GH',
      phase: 1,
    },
    'Test',
  );
  return partnership.id;
}

async function createMeasure(partnershipId: string, fields: Partial<Measure>) {
  const saved = await saveRecord({
    type: 'measure',
    partnershipId,
    fields: { title: '', fieldOfAction: 'other', ...fields },
    user: 'Test',
    lang: 'de',
  });
  if (!saved.ok) throw new Error(`measure not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value;
}

/** Four measures in different fields of action, statuses, sides and priorities. */
async function createFourMeasures(pid: string) {
  await createMeasure(pid, {
    title: 'Solarpark am Rathaus',
    fieldOfAction: 'renewableEnergy',
    status: 'agreed',
    appliesTo: 'partnerSide',
    priority: 'high',
    co2eEstimate: 120,
    sdgs: [13, 7],
  });
  await createMeasure(pid, {
    title: 'Busspur',
    fieldOfAction: 'lowCarbonMobility',
    status: 'idea',
    appliesTo: 'germanSide',
    priority: 'low',
  });
  await createMeasure(pid, {
    title: 'Regenwassernutzung',
    fieldOfAction: 'waterWastewater',
    status: 'agreed',
    appliesTo: 'both',
    priority: 'medium',
    co2eEstimate: 3,
  });
  await createMeasure(pid, {
    title: 'Abfalltrennung an Schulen',
    fieldOfAction: 'wasteRecycling',
    status: 'inImplementation',
    appliesTo: 'partnerSide',
    priority: 'high',
  });
}

/** The titles of the measure cards, in the order shown. */
function cardTitles(): string[] {
  const list = screen.queryByRole('list', { name: 'Maßnahmen' });
  if (!list) return [];
  return [...list.querySelectorAll('.card__title')].map((element) => element.textContent ?? '');
}

describe('measure list', () => {
  it('invites to create the first measure when there is none', async () => {
    const pid = await createPartnership();
    renderAt(paths.measures(pid));
    expect(await screen.findByText('Noch keine Maßnahmen')).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Neue Maßnahme' });
    expect(links.at(-1)).toHaveAttribute('href', paths.newMeasure(pid));
  });

  it('shows cards with status, field, priority, side, SDGs and estimate, sorted by title', async () => {
    const pid = await createPartnership();
    await createFourMeasures(pid);
    renderAt(paths.measures(pid));

    await waitFor(() => expect(cardTitles()).toHaveLength(4));
    expect(cardTitles()).toEqual([
      'Abfalltrennung an Schulen',
      'Busspur',
      'Regenwassernutzung',
      'Solarpark am Rathaus',
    ]);
    expect(screen.getByText('4 Maßnahmen')).toBeInTheDocument();
    const solar = screen.getByRole('link', { name: /Solarpark am Rathaus/ });
    expect(within(solar).getByText('Vereinbart')).toBeInTheDocument();
    expect(within(solar).getByText('Erneuerbare Energien')).toBeInTheDocument();
    expect(within(solar).getByText('Priorität: Hoch')).toBeInTheDocument();
    expect(within(solar).getByText('Partnerseite')).toBeInTheDocument();
    expect(within(solar).getByText('SDGs 7, 13')).toBeInTheDocument();
    expect(within(solar).getByText('ca. 120 t CO₂e/Jahr')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Filter zurücksetzen' })).not.toBeInTheDocument();
  });

  it('filters and sorts with the selects and keeps the choice in the address', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    await createFourMeasures(pid);
    const view = renderAt(paths.measures(pid));
    await waitFor(() => expect(cardTitles()).toHaveLength(4));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Vereinbart');
    expect(cardTitles()).toEqual(['Regenwassernutzung', 'Solarpark am Rathaus']);
    expect(screen.getByText('2 von 4 Maßnahmen')).toBeInTheDocument();
    expect(view.location()).toBe(`${paths.measures(pid)}?status=agreed`);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sortieren nach' }),
      'Geschätzte CO₂e-Minderung',
    );
    expect(cardTitles()).toEqual(['Solarpark am Rathaus', 'Regenwassernutzung']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Priorität' }), 'Hoch');
    expect(cardTitles()).toEqual(['Solarpark am Rathaus']);
    expect(screen.getByText('1 von 4 Maßnahmen')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Alle');
    expect(cardTitles()).toEqual(['Solarpark am Rathaus', 'Abfalltrennung an Schulen']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Seite' }), 'Deutsche Seite');
    expect(cardTitles()).toEqual([]);
    expect(screen.getByText('Keine Maßnahme passt zu den gewählten Filtern.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(cardTitles()).toEqual([
      'Solarpark am Rathaus',
      'Regenwassernutzung',
      'Abfalltrennung an Schulen',
      'Busspur',
    ]);
    expect(view.location()).toBe(`${paths.measures(pid)}?sort=co2e`);
  });

  it('counts measures for both sides under either side', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    await createFourMeasures(pid);
    renderAt(paths.measures(pid));
    await waitFor(() => expect(cardTitles()).toHaveLength(4));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Seite' }), 'Deutsche Seite');
    expect(cardTitles()).toEqual(['Busspur', 'Regenwassernutzung']);
  });

  it('keeps filters and sort order when the list is opened again from its address', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    await createFourMeasures(pid);
    const first = renderAt(paths.measures(pid));
    await waitFor(() => expect(cardTitles()).toHaveLength(4));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Handlungsfeld' }),
      'Abfallvermeidung und Recycling',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortieren nach' }), 'Status');
    const address = first.location();
    first.unmount();

    renderAt(address);
    await waitFor(() => expect(cardTitles()).toEqual(['Abfalltrennung an Schulen']));
    expect(screen.getByRole('combobox', { name: 'Handlungsfeld' })).toHaveValue('wasteRecycling');
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toHaveValue('status');
    expect(screen.getByText('1 von 4 Maßnahmen')).toBeInTheDocument();
  });

  it('lists a damaged measure as an error card at the end, whatever the filters', async () => {
    const pid = await createPartnership();
    await createFourMeasures(pid);
    const brokenId = newRecordId('measure');
    await db.records.put({
      id: brokenId,
      type: 'measure',
      partnershipId: pid,
      createdAt: '2025-01-01T00:00:00.000Z',
      createdBy: 'Test',
      updatedAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'Test',
      title: 42,
      fieldOfAction: 'renewableEnergy',
      rev: null,
      base: null,
      pending: 1,
      deleted: 0,
    });
    renderAt(`${paths.measures(pid)}?status=agreed`);

    await waitFor(() =>
      expect(cardTitles()).toEqual(['Regenwassernutzung', 'Solarpark am Rathaus']),
    );
    const list = screen.getByRole('list', { name: 'Maßnahmen' });
    expect(list.children).toHaveLength(3);
    const last = list.lastElementChild as HTMLElement;
    expect(
      within(last).getByText('Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.'),
    ).toBeInTheDocument();
    expect(within(last).getByText(brokenId)).toBeInTheDocument();
    expect(screen.getByText('2 von 4 Maßnahmen')).toBeInTheDocument();
  });
});
