import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getRecord, saveRecord } from '../../src/db';
import type { Measure } from '../../src/domain';
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

async function createMeasure(partnershipId: string, fields: Partial<Measure> = {}) {
  const saved = await saveRecord({
    type: 'measure',
    partnershipId,
    fields: { title: 'Solardächer', fieldOfAction: 'renewableEnergy', ...fields },
    user: 'Test',
    lang: 'de',
  });
  if (!saved.ok) throw new Error(`measure not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value;
}

const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('measure form', () => {
  it('creates a measure with an indicator, a resource and SDGs and shows them on its page', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    const view = renderAt(paths.newMeasure(pid));

    await user.type(
      await screen.findByRole('textbox', { name: 'Titel' }),
      'Solardächer auf Schulen',
    );
    await user.type(screen.getByRole('textbox', { name: 'Beschreibung' }), 'PV für Schulen.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Handlungsfeld' }),
      'Erneuerbare Energien',
    );

    await user.click(screen.getByRole('button', { name: 'Indikator hinzufügen' }));
    const indicators = screen.getByRole('group', { name: 'Indikatoren' });
    await user.type(within(indicators).getByRole('textbox', { name: 'Indikator' }), 'Leistung');
    await user.type(within(indicators).getByRole('textbox', { name: 'Einheit' }), 'kWp');
    await user.type(within(indicators).getByRole('spinbutton', { name: 'Ausgangswert' }), '0');
    await user.type(within(indicators).getByRole('spinbutton', { name: 'Zielwert' }), '150');
    await user.type(within(indicators).getByRole('spinbutton', { name: 'Zieljahr' }), '2027');

    await user.click(screen.getByRole('button', { name: 'Ressource hinzufügen' }));
    const resources = screen.getByRole('group', { name: 'Ressourcen' });
    await user.selectOptions(
      within(resources).getByRole('combobox', { name: 'Art' }),
      'Finanziell',
    );
    await user.type(within(resources).getByRole('textbox', { name: 'Beschreibung' }), 'Module');
    await user.type(within(resources).getByRole('spinbutton', { name: 'Betrag' }), '25000');
    await user.selectOptions(
      within(resources).getByRole('combobox', { name: 'Herkunft' }),
      'Beantragt',
    );

    await user.click(
      screen.getByRole('checkbox', { name: 'SDG 7: Bezahlbare und saubere Energie' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'SDG 13: Maßnahmen zum Klimaschutz' }));
    await user.type(
      screen.getByRole('spinbutton', { name: 'Geschätzte Minderung (t CO₂e pro Jahr)' }),
      '42',
    );

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'Solardächer auf Schulen' },
      { timeout: 5000 },
    );
    expect(heading).toBeInTheDocument();
    expect(view.location()).toMatch(/^\/p\/[0-9A-Z]{26}\/measures\/[0-9A-Z]{26}$/);
    expect(screen.getByText('PV für Schulen.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Leistung' })).toBeInTheDocument();
    expect(screen.getByText('150 kWp')).toBeInTheDocument();
    expect(screen.getByText('2027')).toBeInTheDocument();
    expect(screen.getByText(/25\.000,00\s€/)).toBeInTheDocument();
    expect(screen.getByText('Beantragt')).toBeInTheDocument();
    expect(screen.getByText('SDG 7: Bezahlbare und saubere Energie')).toBeInTheDocument();
    expect(screen.getByText('SDG 13: Maßnahmen zum Klimaschutz')).toBeInTheDocument();
    expect(screen.getByText('ca. 42 t CO₂e pro Jahr (Schätzung)')).toBeInTheDocument();

    const id = `measure:${view.location().split('/').at(-1)}`;
    const stored = await getRecord<Measure>(id);
    expect(stored?.ok && stored.record).toMatchObject({
      fieldOfAction: 'renewableEnergy',
      sdgs: [7, 13],
      co2eEstimate: 42,
      indicators: [{ name: 'Leistung', unit: 'kWp', baseline: 0, target: 150, targetYear: 2027 }],
      resources: [{ kind: 'financial', amount: 25000, currency: 'EUR', source: 'appliedFor' }],
    });
    // Many fields typed key by key into a big form: slow in jsdom on a busy machine.
  }, 60_000);

  it('shows an error next to an empty title and keeps everything else that was typed', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    renderAt(paths.newMeasure(pid));

    const description = await screen.findByRole('textbox', { name: 'Beschreibung' });
    await user.type(description, 'Schon geschriebener Text');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Handlungsfeld' }),
      'Biodiversität',
    );
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const title = screen.getByRole('textbox', { name: 'Titel' });
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('title-error')).toHaveTextContent('Bitte ausfüllen.');
    await waitFor(() => expect(title).toHaveFocus());
    expect(description).toHaveValue('Schon geschriebener Text');
    expect(screen.getByRole('combobox', { name: 'Handlungsfeld' })).toHaveValue('biodiversity');
    expect(screen.getByText('Bitte korrigieren Sie 1 Angabe.')).toBeInTheDocument();
  });

  it('asks for a field of action and marks an indicator without a name', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    renderAt(paths.newMeasure(pid));

    await user.type(await screen.findByRole('textbox', { name: 'Titel' }), 'Monitoring');
    await user.click(screen.getByRole('button', { name: 'Indikator hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const name = document.getElementById('indicators-0-name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('indicators-0-name-error')).toHaveTextContent(
      'Bitte ausfüllen.',
    );
    expect(document.getElementById('fieldOfAction-error')).toHaveTextContent(
      'Bitte eine der angebotenen Möglichkeiten wählen.',
    );
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Monitoring');
  });

  it('offers only the stored status and the steps the flow allows from it', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    const measure = await createMeasure(pid, { status: 'agreed' });
    const view = renderAt(paths.editMeasure(pid, measure.id));

    const status = await screen.findByRole('combobox', { name: 'Status' });
    expect(optionLabels(status)).toEqual([
      'Vorgeschlagen',
      'Vereinbart',
      'In Umsetzung',
      'Verworfen',
    ]);
    expect(status).toHaveValue('agreed');
    const flow = screen.getByRole('list', { name: 'Ablauf einer Maßnahme' });
    expect(within(flow).getByText('Vereinbart')).toHaveAttribute('aria-current', 'step');

    await user.selectOptions(status, 'In Umsetzung');
    expect(within(flow).getByText('In Umsetzung')).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(view.location()).toBe(paths.measure(pid, measure.id)));
    const stored = await getRecord<Measure>(measure.id);
    expect(stored?.ok && stored.record.status).toBe('inImplementation');
  });

  it('lets a new measure start at any status', async () => {
    const pid = await createPartnership();
    renderAt(paths.newMeasure(pid));
    const status = await screen.findByRole('combobox', { name: 'Status' });
    expect(optionLabels(status)).toEqual([
      'Idee',
      'Vorgeschlagen',
      'Vereinbart',
      'In Umsetzung',
      'Abgeschlossen',
      'Verworfen',
    ]);
  });

  it('deletes a measure after confirmation and returns to the list', async () => {
    const user = userEvent.setup({ delay: null });
    const pid = await createPartnership();
    const measure = await createMeasure(pid);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const view = renderAt(paths.measure(pid, measure.id));

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));

    expect(confirm).toHaveBeenCalled();
    await waitFor(() => expect(view.location()).toBe(paths.measures(pid)));
    expect(await getRecord(measure.id)).toBeUndefined();
    expect(await screen.findByText('Noch keine Maßnahmen')).toBeInTheDocument();
  });

  it('says so when a measure does not exist', async () => {
    const pid = await createPartnership();
    renderAt(`${paths.measures(pid)}/01ARZ3NDEKTSV4RRFFQ69G5FAV`);
    expect(
      await screen.findByText('Dieser Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.'),
    ).toBeInTheDocument();
  });
});
