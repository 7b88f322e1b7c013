import { describe, expect, it } from 'vitest';
import type { LoadedRecord } from '../../src/db';
import { newRecordId, validateRecord, type ActionProgramme, type Measure } from '../../src/domain';
import {
  addMeasure,
  moveAmongShown,
  newProgrammeFields,
  programmeOfPhase,
  removeMeasure,
  shorten,
} from '../../src/features/programme/programmeModel';

const partnershipId = newRecordId('partnership');

function record<T>(type: string, fields: Record<string, unknown>, createdAt: string): T {
  const result = validateRecord({
    id: newRecordId(type as 'measure'),
    type,
    partnershipId,
    createdAt,
    createdBy: 'Test',
    updatedAt: createdAt,
    updatedBy: 'Test',
    ...fields,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value as T;
}

const measure = (
  title: string,
  fields: Record<string, unknown>,
  createdAt = '2024-01-01T00:00:00Z',
) => record<Measure>('measure', { title, ...fields }, createdAt);

const loaded = (programme: ActionProgramme): LoadedRecord<ActionProgramme> => ({
  ok: true,
  id: programme.id,
  record: programme,
  sync: { pending: true, synced: false },
});

describe('moveAmongShown', () => {
  const shownOnly = (hidden: string[]) => (id: string) => !hidden.includes(id);

  it('swaps a measure with its neighbour', () => {
    expect(moveAmongShown(['a', 'b', 'c'], 'b', -1, () => true)).toEqual(['b', 'a', 'c']);
    expect(moveAmongShown(['a', 'b', 'c'], 'b', 1, () => true)).toEqual(['a', 'c', 'b']);
  });

  it('jumps over ids that are not shown and leaves them in place', () => {
    expect(moveAmongShown(['a', 'x', 'y', 'b'], 'b', -1, shownOnly(['x', 'y']))).toEqual([
      'b',
      'x',
      'y',
      'a',
    ]);
  });

  it('changes nothing at the ends or for an unknown id', () => {
    expect(moveAmongShown(['a', 'b'], 'a', -1, () => true)).toEqual(['a', 'b']);
    expect(moveAmongShown(['a', 'b', 'x'], 'b', 1, shownOnly(['x']))).toEqual(['a', 'b', 'x']);
    expect(moveAmongShown(['a'], 'z', 1, () => true)).toEqual(['a']);
  });
});

describe('taking measures in and out', () => {
  it('adds at the end, once', () => {
    expect(addMeasure(['a'], 'b')).toEqual(['a', 'b']);
    expect(addMeasure(['a', 'b'], 'a')).toEqual(['a', 'b']);
  });

  it('removes every occurrence', () => {
    expect(removeMeasure(['a', 'b', 'a'], 'a')).toEqual(['b']);
  });
});

describe('newProgrammeFields', () => {
  it('starts from the vision and the measures not dropped, by field of action then age', () => {
    const late = measure(
      'Solar spät',
      { fieldOfAction: 'renewableEnergy' },
      '2024-05-01T00:00:00Z',
    );
    const early = measure(
      'Solar früh',
      { fieldOfAction: 'renewableEnergy' },
      '2024-02-01T00:00:00Z',
    );
    const bikes = measure('Radwege', { fieldOfAction: 'lowCarbonMobility' });
    const dropped = measure('Verworfen', { fieldOfAction: 'biodiversity', status: 'dropped' });
    expect(
      newProgrammeFields({ phase: 2, vision: 'Vision' }, [bikes, late, dropped, early]),
    ).toEqual({
      phase: 2,
      vision: 'Vision',
      fieldGoals: [],
      measureIds: [early.id, late.id, bikes.id],
      version: 1,
      adoptedGermanCouncil: null,
      adoptedPartnerCouncil: null,
    });
  });
});

describe('programmeOfPhase', () => {
  it('takes the oldest programme of the phase and keeps damaged ones of that phase', () => {
    const older = record<ActionProgramme>('programme', { phase: 2 }, '2024-01-01T00:00:00Z');
    const newer = record<ActionProgramme>('programme', { phase: 2 }, '2024-02-01T00:00:00Z');
    const otherPhase = record<ActionProgramme>('programme', { phase: 1 }, '2023-01-01T00:00:00Z');
    const broken = (phase: unknown): LoadedRecord<ActionProgramme> => ({
      ok: false,
      id: newRecordId('programme'),
      type: 'programme',
      errors: [{ path: 'vision', key: 'validation:notText' }],
      raw: { phase, vision: 7 },
    });
    const brokenSame = broken(2);
    const brokenUnknown = broken('zwei');
    const result = programmeOfPhase(
      [newer, otherPhase, older].map(loaded).concat([brokenSame, broken(1), brokenUnknown]),
      2,
    );
    expect(result.programme?.id).toBe(older.id);
    expect(result.broken.map((item) => item.id)).toEqual([brokenSame.id, brokenUnknown.id]);
    expect(programmeOfPhase([loaded(otherPhase)], 2).programme).toBeUndefined();
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text at a space', () => {
    expect(shorten('Kurz\nund gut')).toBe('Kurz und gut');
    const long = shorten('Wort '.repeat(100), 30);
    expect(long).toBe('Wort Wort Wort Wort Wort Wort …');
  });
});
