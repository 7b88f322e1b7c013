// An edit form never reverts what changed while it was open (a pulled edit, a follow-up ticked
// elsewhere), and a draft of an old or damaged shape never crashes its form.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, getRecord, saveRecord } from '../../src/db';
import type { Measure } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { completeFields, savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const fieldsOf = (measure: Measure) => {
  const {
    id,
    type,
    partnershipId,
    createdAt,
    createdBy,
    updatedAt,
    updatedBy,
    lang,
    reviewState,
    ...fields
  } = measure;
  void [id, type, partnershipId, createdAt, createdBy, updatedAt, updatedBy, lang, reviewState];
  return fields;
};

describe('saving an edit', () => {
  it('keeps a change stored since the form opened in another field', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id, {
      title: 'Radwege',
      description: 'Erste Fassung',
    });
    const openedWith = fieldsOf(measure);
    // Meanwhile (another tab, or a pull from the server) the description changes.
    await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: { ...openedWith, description: 'Vom Server' },
      user: 'Ben',
      lang: 'de',
    });
    // The form, opened before that change, saves a new title.
    const result = await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: { ...openedWith, title: 'Radwege am Fluss' },
      user: 'Anna',
      lang: 'de',
      startedFrom: openedWith,
    });
    expect(result.ok).toBe(true);
    const stored = await getRecord<Measure>(measure.id);
    expect(stored?.ok && stored.record).toMatchObject({
      title: 'Radwege am Fluss',
      description: 'Vom Server',
    });
  });

  it('lets what the person typed win where both changed the same field', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id, { title: 'Radwege' });
    const openedWith = fieldsOf(measure);
    await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: { ...openedWith, title: 'Anderswo geändert' },
      user: 'Ben',
      lang: 'de',
    });
    await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: { ...openedWith, title: 'Im Formular getippt' },
      user: 'Anna',
      lang: 'de',
      startedFrom: openedWith,
    });
    const stored = await getRecord<Measure>(measure.id);
    expect(stored?.ok && stored.record.title).toBe('Im Formular getippt');
  });

  it('merges through the edit form: a description stored meanwhile survives saving the title', async () => {
    const user = userEvent.setup();
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id, {
      title: 'Radwege',
      description: 'Erste Fassung',
    });
    renderAt(paths.editMeasure(partnership.id, measure.id));
    const title = await screen.findByRole('textbox', { name: 'Titel' }, { timeout: 5000 });
    await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: { ...fieldsOf(measure), description: 'Vom Server' },
      user: 'Ben',
      lang: 'de',
    });
    await user.clear(title);
    await user.type(title, 'Radwege am Fluss');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => {
      const stored = await getRecord<Measure>(measure.id);
      expect(stored?.ok && stored.record).toMatchObject({
        title: 'Radwege am Fluss',
        description: 'Vom Server',
      });
    });
  }, 30_000);
});

describe('a damaged draft', () => {
  it('opens the form with the values that fit, instead of crashing', async () => {
    const partnership = await savePartnership();
    await db.drafts.put({
      key: `measure:new:${partnership.id}`,
      route: paths.newMeasure(partnership.id),
      values: { ...completeFields('measure'), title: 'Aus dem Entwurf', sdgs: 'x', indicators: 7 },
      focus: null,
      updatedAt: new Date().toISOString(),
    });
    renderAt(paths.newMeasure(partnership.id));
    const title = await screen.findByRole('textbox', { name: 'Titel' }, { timeout: 5000 });
    expect(title).toHaveValue('Aus dem Entwurf');
    expect(screen.getByText(/nicht gespeicherter Entwurf/)).toBeInTheDocument();
  });
});
