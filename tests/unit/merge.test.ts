import { describe, expect, it } from 'vitest';
import { deepEqual, mergeRecords, type Fields } from '../../src/domain';

/** A stored measure as both devices last agreed on it. */
function baseMeasure(overrides: Fields = {}): Fields {
  return {
    id: 'measure:01JDEM01000000000000000010',
    type: 'measure',
    partnershipId: 'partnership:01JDEM01000000000000000001',
    createdAt: '2025-01-01T10:00:00.000Z',
    createdBy: 'expert',
    updatedAt: '2025-01-01T10:00:00.000Z',
    updatedBy: 'expert',
    lang: 'de',
    reviewState: 'unreviewed',
    title: 'Radwege',
    description: 'Ein Netz von Radwegen.',
    goal: '',
    priority: 'medium',
    status: 'idea',
    ...overrides,
  };
}

const edit = (record: Fields, changes: Fields, at = '2025-02-01T10:00:00.000Z', by = 'expert') => ({
  ...record,
  ...changes,
  updatedAt: at,
  updatedBy: by,
});

describe('mergeRecords: fields', () => {
  it('keeps both edits when two devices change different fields', () => {
    const base = baseMeasure();
    const local = edit(base, { title: 'Radwege in der Innenstadt' });
    const remote = edit(base, { priority: 'high' }, '2025-02-02T10:00:00.000Z', 'partner');

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(merged.title).toBe('Radwege in der Innenstadt');
    expect(merged.priority).toBe('high');
    expect(merged.description).toBe('Ein Netz von Radwegen.');
  });

  it('sees no conflict when both sides changed a field to the same value', () => {
    const base = baseMeasure();
    const local = edit(base, { status: 'proposed' });
    const remote = edit(base, { status: 'proposed' }, '2025-02-02T10:00:00.000Z', 'partner');

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(merged.status).toBe('proposed');
  });

  it('reports a field both sides changed differently and keeps the local value until resolved', () => {
    const base = baseMeasure();
    const local = edit(base, { title: 'Radwege Nord', goal: 'Mehr Radverkehr' });
    const remote = edit(base, { title: 'Radwege Süd' }, '2025-02-02T10:00:00.000Z', 'partner');

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([
      { field: 'title', base: 'Radwege', local: 'Radwege Nord', remote: 'Radwege Süd' },
    ]);
    expect(merged.title).toBe('Radwege Nord');
    expect(merged.goal).toBe('Mehr Radverkehr');
  });

  it('takes a change from one side when the other left the field alone, in either direction', () => {
    const base = baseMeasure();
    const changed = edit(base, { description: 'Neu beschrieben' });
    expect(mergeRecords(base, changed, base).merged.description).toBe('Neu beschrieben');
    expect(mergeRecords(base, base, changed).merged.description).toBe('Neu beschrieben');
  });

  it('leaves the inputs untouched', () => {
    const base = baseMeasure();
    const local = edit(base, { title: 'A' });
    const remote = edit(base, { title: 'B' });
    const copies = structuredClone([base, local, remote]);
    mergeRecords(base, local, remote);
    expect([base, local, remote]).toEqual(copies);
  });
});

describe('mergeRecords: without a common version', () => {
  it('merges identical versions cleanly (a lost reply retried, or the same record from two devices)', () => {
    const local = baseMeasure();
    const remote = structuredClone(local);

    const { merged, conflicts } = mergeRecords(null, local, remote);

    expect(conflicts).toEqual([]);
    expect(merged).toEqual(local);
  });

  it('treats every differing field as a conflict, since there is no telling who changed it', () => {
    const local = baseMeasure({ title: 'Radwege', priority: 'high' });
    const remote = baseMeasure({ title: 'Radwege', priority: 'low', goal: 'Weniger Autos' });

    const { merged, conflicts } = mergeRecords(null, local, remote);

    expect(conflicts.map((c) => c.field).sort()).toEqual(['goal', 'priority']);
    expect(conflicts.find((c) => c.field === 'priority')).toEqual({
      field: 'priority',
      base: undefined,
      local: 'high',
      remote: 'low',
    });
    expect(merged.priority).toBe('high');
    expect(merged.goal).toBe('');
  });

  it('does not merge lists item by item without a base: a missing item may be a deletion', () => {
    const local = baseMeasure({ actors: ['politics'] });
    const remote = baseMeasure({ actors: ['politics', 'science'] });
    const { conflicts } = mergeRecords(null, local, remote);
    expect(conflicts.map((c) => c.field)).toEqual(['actors']);
  });
});

describe('mergeRecords: meta fields', () => {
  it('takes updatedAt and updatedBy from the side changed later', () => {
    const base = baseMeasure();
    const early = edit(base, { title: 'A' }, '2025-02-01T10:00:00.000Z', 'expert');
    const late = edit(base, { goal: 'B' }, '2025-03-01T10:00:00.000Z', 'partner');

    for (const [local, remote] of [
      [early, late],
      [late, early],
    ] as const) {
      const { merged } = mergeRecords(base, local, remote);
      expect(merged.updatedAt).toBe('2025-03-01T10:00:00.000Z');
      expect(merged.updatedBy).toBe('partner');
    }
  });

  it('takes the fixed fields (id, type, partnership, creation) from the server', () => {
    const base = baseMeasure();
    const local = { ...base, createdBy: '', createdAt: '2025-01-01T11:00:00.000Z' };
    const remote = { ...base, createdBy: 'expert' };

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(merged.createdBy).toBe('expert');
    expect(merged.createdAt).toBe('2025-01-01T10:00:00.000Z');
    expect(merged.id).toBe(base.id);
    expect(merged.type).toBe('measure');
    expect(merged.partnershipId).toBe(base.partnershipId);
  });

  it("never reports or keeps CouchDB's own keys such as _rev", () => {
    const base = { ...baseMeasure(), _id: 'measure:01JDEM01000000000000000010', _rev: '1-a' };
    const local = edit(baseMeasure(), { title: 'A' });
    const remote = { ...edit(base, { goal: 'B' }), _rev: '2-b' };

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts).toEqual([]);
    expect(Object.keys(merged).filter((key) => key.startsWith('_'))).toEqual([]);
  });
});

describe('mergeRecords: nested values', () => {
  const location = {
    latitude: 13.09,
    longitude: -1.08,
    accuracy: 12,
    capturedAt: '2024-03-05T09:31:00.000Z',
  };
  const entry = (overrides: Fields = {}) =>
    baseMeasure({
      type: 'logEntry',
      id: 'logEntry:01JDEM01000000000000000011',
      location,
      ...overrides,
    });

  it('takes a location changed on one side only', () => {
    const base = entry();
    const moved = { ...location, latitude: 13.1, accuracy: 5 };
    const { merged, conflicts } = mergeRecords(
      base,
      edit(base, { title: 'X' }),
      edit(base, { location: moved }),
    );
    expect(conflicts).toEqual([]);
    expect(merged.location).toEqual(moved);
    expect(merged.title).toBe('X');
  });

  it('treats a location changed differently on both sides as one conflict, never mixing coordinates', () => {
    const base = entry();
    const local = edit(base, { location: { ...location, latitude: 14 } });
    const remote = edit(base, { location: { ...location, longitude: -2 } });

    const { merged, conflicts } = mergeRecords(base, local, remote);

    expect(conflicts.map((c) => c.field)).toEqual(['location']);
    expect(merged.location).toEqual({ ...location, latitude: 14 });
  });

  it('takes a location added where there was none, and a location removed on one side', () => {
    const base = entry({ location: null });
    expect(mergeRecords(base, base, edit(base, { location })).merged.location).toEqual(location);
    const withLocation = entry();
    expect(
      mergeRecords(withLocation, edit(withLocation, { location: null }), withLocation).merged
        .location,
    ).toBeNull();
  });
});

describe('mergeRecords: undefined and missing keys', () => {
  it('treats a key holding undefined like a missing key', () => {
    const base = baseMeasure();
    const local = { ...base, fundingOptions: undefined };
    const { conflicts, merged } = mergeRecords(base, local, base);
    expect(conflicts).toEqual([]);
    expect('fundingOptions' in merged).toBe(false);
  });

  it('takes a field removed on one side and unchanged on the other', () => {
    const base = baseMeasure({ goal: 'Alt' });
    const withoutGoal = Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'goal'));
    const remote = edit(base, { goal: undefined });

    expect(mergeRecords(base, withoutGoal, base).merged).not.toHaveProperty('goal');
    expect(mergeRecords(base, base, remote).merged).not.toHaveProperty('goal');
  });

  it('takes a field only the remote side has (written by a newer app version)', () => {
    const base = baseMeasure();
    const remote = { ...base, newField: 'neu' };
    const { merged, conflicts } = mergeRecords(base, base, remote);
    expect(conflicts).toEqual([]);
    expect(merged.newField).toBe('neu');
  });

  it('reports a field removed on one side and changed on the other', () => {
    const base = baseMeasure({ goal: 'Alt' });
    const local = { ...base, goal: undefined };
    const remote = edit(base, { goal: 'Neu' });
    const { conflicts, merged } = mergeRecords(base, local, remote);
    expect(conflicts).toEqual([{ field: 'goal', base: 'Alt', local: undefined, remote: 'Neu' }]);
    expect(merged).not.toHaveProperty('goal');
  });
});

describe('deepEqual', () => {
  it('compares JSON-like values structurally', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(null, undefined)).toBe(false);
    expect(deepEqual({ a: undefined }, {})).toBe(true);
  });
});
