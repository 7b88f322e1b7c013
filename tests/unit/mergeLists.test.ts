import { describe, expect, it } from 'vitest';
import { mergeRecords, type Fields } from '../../src/domain';

const task = (id: string, text: string, done = false) => ({
  id,
  text,
  owner: '',
  dueDate: null,
  done,
});

function entry(followUps: Fields[], overrides: Fields = {}): Fields {
  return {
    id: 'logEntry:01JDEM01000000000000000011',
    type: 'logEntry',
    partnershipId: 'partnership:01JDEM01000000000000000001',
    createdAt: '2025-01-01T10:00:00.000Z',
    createdBy: 'expert',
    updatedAt: '2025-01-01T10:00:00.000Z',
    updatedBy: 'expert',
    title: 'Besuch',
    followUps,
    fieldsOfAction: ['renewableEnergy'],
    ...overrides,
  };
}

const a = task('A', 'Statik prüfen');
const b = task('B', 'Angebote einholen');
const ids = (value: unknown) => (value as { id: string }[]).map((item) => item.id);

describe('mergeRecords: lists of items', () => {
  it('keeps items added on both sides: the server’s first, then this device’s', () => {
    const base = entry([a, b]);
    const local = entry([a, b, task('L', 'Lokal')]);
    const remote = entry([a, b, task('R', 'Entfernt')]);

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(ids(merged.followUps)).toEqual(['A', 'B', 'R', 'L']);
  });

  it('places an item the other side inserted after the item it follows there', () => {
    const base = entry([a, b]);
    const local = entry([a, b, task('L', 'Lokal')]);
    const remote = entry([task('R0', 'Vorne'), a, task('R1', 'Mitte'), b]);

    const { merged } = mergeRecords(base, local, remote);

    expect(ids(merged.followUps)).toEqual(['R0', 'A', 'R1', 'B', 'L']);
  });

  it('drops an item deleted on one side and untouched on the other', () => {
    const base = entry([a, b]);
    const without = entry([a]);
    expect(ids(mergeRecords(base, without, base).merged.followUps)).toEqual(['A']);
    expect(ids(mergeRecords(base, base, without).merged.followUps)).toEqual(['A']);
    const withNew = entry([a, b, task('L', 'Lokal')]);
    expect(ids(mergeRecords(base, withNew, without).merged.followUps)).toEqual(['A', 'L']);
  });

  it('reports an item deleted on one side and changed on the other, so no edit vanishes', () => {
    const base = entry([a, b]);
    const local = entry([a, { ...b, done: true }]);
    const remote = entry([a, task('C', 'Neu')]);

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([
      {
        field: 'followUps',
        base: [a, b],
        local: [a, { ...b, done: true }],
        remote: [a, task('C', 'Neu')],
      },
    ]);
    expect(merged.followUps).toEqual(local.followUps);
    expect(mergeRecords(base, remote, local).conflicts.map((c) => c.field)).toEqual(['followUps']);
  });

  it('merges different fields of the same item changed on both sides', () => {
    const base = entry([a, b]);
    const local = entry([{ ...a, done: true }, b]);
    const remote = entry([{ ...a, owner: 'Issa' }, b]);

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(merged.followUps).toEqual([{ ...a, done: true, owner: 'Issa' }, b]);
  });

  it('reports the whole list when both sides changed the same field of an item differently', () => {
    const base = entry([a, b]);
    const local = entry([{ ...a, text: 'Statik prüfen lassen' }, b]);
    const remote = entry([{ ...a, text: 'Statik selbst prüfen' }, task('C', 'Neu')]);

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts.map((c) => c.field)).toEqual(['followUps']);
    expect(merged.followUps).toEqual(local.followUps);
  });

  it('keeps a reorder on one side together with an edit on the other', () => {
    const base = entry([a, b]);
    const edited = { ...a, done: true };
    const reordered = entry([b, a]);
    const changed = entry([edited, b]);

    expect(mergeRecords(base, reordered, changed).merged.followUps).toEqual([b, edited]);
    expect(mergeRecords(base, changed, reordered).merged.followUps).toEqual([b, edited]);
  });

  it('reports a list both sides reordered differently', () => {
    const c = task('C', 'Dritte');
    const base = entry([a, b, c]);
    const { conflicts } = mergeRecords(base, entry([b, a, c]), entry([a, c, b]));
    expect(conflicts.map((conflict) => conflict.field)).toEqual(['followUps']);
  });

  it('starts from an empty list when the base had none', () => {
    const base = entry([], { followUps: undefined });
    const { merged, conflicts } = mergeRecords(base, entry([a]), entry([b]));
    expect(conflicts).toEqual([]);
    expect(ids(merged.followUps)).toEqual(['B', 'A']);
  });

  it('never merges away items of a list whose ids repeat: it becomes a conflict instead', () => {
    const base = entry([a]);
    const local = entry([a, { ...a, text: 'Kopie' }]);
    const remote = entry([a, b]);
    const { merged, conflicts } = mergeRecords(base, local, remote);
    expect(conflicts.map((c) => c.field)).toEqual(['followUps']);
    expect(merged.followUps).toEqual(local.followUps);
  });
});

describe('mergeRecords: lists of codes', () => {
  it('keeps codes ticked on both sides and drops one unticked on one side', () => {
    const base = entry([], { fieldsOfAction: ['renewableEnergy', 'adaptation'] });
    const local = entry([], { fieldsOfAction: ['renewableEnergy', 'adaptation', 'biodiversity'] });
    const remote = entry([], { fieldsOfAction: ['renewableEnergy', 'energyEfficiency'] });

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(merged.fieldsOfAction).toEqual(['renewableEnergy', 'energyEfficiency', 'biodiversity']);
  });

  it('merges numbers such as SDGs the same way', () => {
    const base = entry([], { sdgs: [7] });
    const { merged } = mergeRecords(base, entry([], { sdgs: [7, 13] }), entry([], { sdgs: [] }));
    expect(merged.sdgs).toEqual([13]);
  });
});
