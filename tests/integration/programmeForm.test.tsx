import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getRecord, loadDraft, saveRecord, type SaveInput } from '../../src/db';
import type { ActionProgramme, RecordOf, RecordType } from '../../src/domain';
import { programmeFields } from '../../src/features/programme/programmeModel';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

async function save<T extends RecordType>(input: Omit<SaveInput<T>, 'user' | 'lang'>) {
  const result = await saveRecord({ ...input, user: 'Test', lang: 'de' } as SaveInput<T>);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value as RecordOf<T>;
}

async function seed() {
  const partnership = await save({
    type: 'partnership',
    fields: {
      germanMunicipality: 'Bonn',
      partnerMunicipality: 'Cape Coast',
      partnerCountry: 'GH',
      phase: 3,
    },
  });
  const measure = (title: string) =>
    save({
      type: 'measure',
      partnershipId: partnership.id,
      fields: { title, fieldOfAction: 'renewableEnergy' },
    });
  const a = await measure('Anlage A');
  const b = await measure('Anlage B');
  const programme = await save({
    type: 'programme',
    partnershipId: partnership.id,
    fields: { phase: 3, vision: 'Alte Vision', measureIds: [a.id, b.id] },
  });
  return { partnership, a, b, programme };
}

async function stored(id: string) {
  const loaded = await getRecord<ActionProgramme>(id);
  if (!loaded?.ok) throw new Error('programme missing');
  return loaded.record;
}

describe('action programme form', () => {
  it('saves vision, goals, version and adoption, keeps the measures and returns to the programme', async () => {
    const { partnership, a, b, programme } = await seed();
    const user = userEvent.setup();
    const view = renderAt(paths.editProgramme(partnership.id));

    const vision = await screen.findByLabelText(/Gemeinsame Vision/);
    await user.clear(vision);
    await user.type(vision, 'Zwei Städte, ein Klima');
    await user.click(screen.getByRole('button', { name: 'Handlungsfeld hinzufügen' }));
    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'biodiversity');
    await user.type(screen.getByLabelText('Strategische Ziele'), 'Mehr Stadtgrün');
    const version = screen.getByLabelText('Fassung');
    await user.clear(version);
    await user.type(version, '2');
    await user.type(screen.getByLabelText('Ratsbeschluss in Bonn'), '2025-03-12');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(view.location()).toBe(paths.programme(partnership.id)));
    expect(await screen.findByText('Zwei Städte, ein Klima')).toBeInTheDocument();
    expect(await stored(programme.id)).toMatchObject({
      vision: 'Zwei Städte, ein Klima',
      fieldGoals: [{ fieldOfAction: 'biodiversity', goals: 'Mehr Stadtgrün' }],
      version: 2,
      adoptedGermanCouncil: '2025-03-12',
      adoptedPartnerCouncil: null,
      measureIds: [a.id, b.id],
    });
  });

  it('orders fields of action with the keyboard focus following the moved one', async () => {
    const { partnership, programme } = await seed();
    const user = userEvent.setup();
    renderAt(paths.editProgramme(partnership.id));
    const add = await screen.findByRole('button', { name: 'Handlungsfeld hinzufügen' });
    await user.click(add);
    await user.click(add);
    const selects = screen.getAllByLabelText('Handlungsfeld');
    expect(selects.map((select) => (select as HTMLSelectElement).value)).toEqual([
      'renewableEnergy',
      'energyEfficiency',
    ]);
    // A field already chosen is not offered a second time.
    expect(
      Array.from((selects[1] as HTMLSelectElement).options).map((option) => option.value),
    ).not.toContain('renewableEnergy');

    await user.click(screen.getByRole('button', { name: 'Nach oben: Energieeffizienz' }));
    expect(screen.getByRole('button', { name: 'Nach unten: Energieeffizienz' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Entfernen: Erneuerbare Energien' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () =>
      expect((await stored(programme.id)).fieldGoals).toEqual([
        { fieldOfAction: 'energyEfficiency', goals: '' },
      ]),
    );
  });

  it('does not undo a reordering made after the draft was left', async () => {
    const { partnership, a, b, programme } = await seed();
    const user = userEvent.setup();
    const first = renderAt(paths.editProgramme(partnership.id));
    await user.type(await screen.findByLabelText(/Gemeinsame Vision/), ' und neu');
    first.unmount();
    await waitFor(async () => expect(await loadDraft(programme.id)).toBeDefined());

    // Meanwhile the measures are reordered on the programme page.
    await save({
      type: 'programme',
      id: programme.id,
      partnershipId: partnership.id,
      fields: { ...programmeFields(await stored(programme.id)), measureIds: [b.id, a.id] },
    });

    renderAt(paths.editProgramme(partnership.id));
    expect(await screen.findByLabelText(/Gemeinsame Vision/)).toHaveValue('Alte Vision und neu');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () =>
      expect(await stored(programme.id)).toMatchObject({
        vision: 'Alte Vision und neu',
        measureIds: [b.id, a.id],
      }),
    );
  });

  it('sends to the programme page when there is no programme to edit yet', async () => {
    const partnership = await save({
      type: 'partnership',
      fields: {
        germanMunicipality: 'Bonn',
        partnerMunicipality: 'Cape Coast',
        partnerCountry: 'GH',
        phase: 3,
      },
    });
    renderAt(paths.editProgramme(partnership.id));
    expect(await screen.findByRole('link', { name: 'Zum Handlungsprogramm' })).toHaveAttribute(
      'href',
      paths.programme(partnership.id),
    );
  });
});
