// useRecordForm through a small measure form: the draft survives every failed save and goes only
// after a successful one.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db, listRecords, loadDraft, validRecords } from '../../src/db';
import type { Measure } from '../../src/domain';
import { useRecordForm } from '../../src/features/shared/useRecordForm';
import { useSessionStore } from '../../src/features/shared/sessionStore';
import { TextField } from '../../src/ui/TextField';
import { minimalFields, savePartnership } from '../helpers/fixtures';

function MeasureTestForm({
  partnershipId,
  onSaved,
}: {
  partnershipId: string;
  onSaved: (measure: Measure) => void;
}) {
  const form = useRecordForm({
    type: 'measure',
    partnershipId,
    route: '/test/measure',
    initial: minimalFields('measure', { title: '', indicators: [{ id: 'i1', name: 'kWp' }] }),
    onSaved,
  });
  if (form.values === undefined) return null;
  const indicator = form.values.indicators?.[0];
  return (
    <form {...form.formProps} onSubmit={form.onSubmit}>
      <TextField
        id="title"
        label="Title"
        value={form.values.title}
        errors={form.errorsFor('title')}
        onValueChange={(title) => form.setValues((previous) => ({ ...previous, title }))}
      />
      <TextField
        id="indicators-0-name"
        label="Indicator"
        value={indicator?.name ?? ''}
        errors={form.errorsFor('indicators.0.name')}
        onValueChange={(name) =>
          form.setValues((previous) => ({ ...previous, indicators: [{ id: 'i1', name }] }))
        }
      />
      {form.saveError ? <p role="alert">{form.saveError}</p> : null}
      <button type="submit">save</button>
    </form>
  );
}

const KEY = (partnershipId: string) => `measure:new:${partnershipId}`;

async function setUp() {
  useSessionStore.getState().setUserName('Anna');
  const partnership = await savePartnership();
  const onSaved = vi.fn();
  render(<MeasureTestForm partnershipId={partnership.id} onSaved={onSaved} />);
  return { partnership, onSaved, user: userEvent.setup() };
}

describe('a record form', () => {
  it('shows errors next to the fields, focuses the first one and keeps the draft', async () => {
    const { partnership, onSaved, user } = await setUp();
    await user.clear(await screen.findByLabelText('Indicator'));
    await user.type(screen.getByLabelText('Title'), '   ');
    await user.click(screen.getByRole('button', { name: 'save' }));

    expect(await screen.findAllByText('Bitte ausfüllen.')).toHaveLength(2);
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveFocus());
    expect(onSaved).not.toHaveBeenCalled();
    expect(await listRecords('measure', partnership.id)).toEqual([]);
    expect(await loadDraft(KEY(partnership.id))).toMatchObject({ values: { title: '   ' } });
  });

  it('keeps the typing in the form and the draft when the disk is full', async () => {
    const { partnership, onSaved, user } = await setUp();
    await user.type(await screen.findByLabelText('Title'), 'Radwege');
    vi.spyOn(db.records, 'put').mockRejectedValue(
      new DOMException('The disk is full.', 'QuotaExceededError'),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'save' }));

    // A full disk is named as such, with what to do.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Speicher dieses Geräts ist voll.',
    );
    expect(screen.getByLabelText('Title')).toHaveValue('Radwege');
    expect(onSaved).not.toHaveBeenCalled();
    vi.mocked(db.records.put).mockRestore();
    expect(await db.records.where('type').equals('measure').count()).toBe(0);
    expect(await loadDraft(KEY(partnership.id))).toMatchObject({ values: { title: 'Radwege' } });
  });

  it('says saving failed and keeps the typing on any other storage error', async () => {
    const { onSaved, user } = await setUp();
    await user.type(await screen.findByLabelText('Title'), 'Radwege');
    vi.spyOn(db.records, 'put').mockRejectedValue(new Error('The database connection is closing.'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Speichern fehlgeschlagen.');
    expect(screen.getByLabelText('Title')).toHaveValue('Radwege');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('stores the record by the current user and removes the draft after a save', async () => {
    const { partnership, onSaved, user } = await setUp();
    await user.type(await screen.findByLabelText('Title'), 'Radwege');
    await user.click(screen.getByRole('button', { name: 'save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [saved] = validRecords(await listRecords('measure', partnership.id));
    expect(saved).toMatchObject({
      title: 'Radwege',
      createdBy: 'Anna',
      lang: 'de',
      indicators: [{ id: 'i1', name: 'kWp' }],
    });
    expect(onSaved).toHaveBeenCalledWith(saved);
    expect((await db.records.get(saved?.id ?? ''))?.pending).toBe(1);
    await waitFor(async () => expect(await loadDraft(KEY(partnership.id))).toBeUndefined());
  });
});
