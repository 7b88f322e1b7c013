import { describe, expect, it } from 'vitest';
import { fieldNames, newRecordId, RECORD_TYPES, validateRecord } from '../../src/domain';
import { storedRow } from '../helpers/fixtures';

function errorsOf(raw: unknown): string[] {
  const result = validateRecord(raw);
  if (result.ok) throw new Error('expected the record to be invalid');
  return result.errors.map((error) => `${error.path} → ${error.key}`);
}

describe('validateRecord on stored rows', () => {
  it.each(RECORD_TYPES)('accepts a complete stored %s and returns meta and fields', (type) => {
    const row = storedRow(type);
    const result = validateRecord(row);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: row.id,
      type,
      partnershipId: row.partnershipId,
      createdBy: 'Anna',
      updatedBy: 'Issa',
      lang: 'de',
      reviewState: 'unreviewed',
    });
    for (const name of fieldNames(type)) expect(result.value).toHaveProperty(name, row[name]);
  });

  it('leaves out the sync bookkeeping and keys the record type does not have', () => {
    const row = storedRow('measure', { legacyColour: 'green', _rev: '3-abc' });
    const result = validateRecord(row);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const key of ['legacyColour', '_rev', 'rev', 'base', 'pending', 'deleted']) {
      expect(result.value).not.toHaveProperty(key);
    }
  });

  it('normalises an older shape that lacks the optional lists, texts, language and review state', () => {
    const dropped = ['milestones', 'indicators', 'resources', 'sdgs', 'actors', 'goal', 'lang'];
    const old = Object.fromEntries(
      Object.entries(storedRow('measure')).filter(
        ([key]) => !dropped.includes(key) && key !== 'reviewState',
      ),
    );
    const result = validateRecord(old);
    expect(result.ok && result.value).toMatchObject({
      milestones: [],
      indicators: [],
      resources: [],
      sdgs: [],
      actors: [],
      goal: '',
      lang: 'de',
      reviewState: 'unreviewed',
    });
  });

  it('refuses something that is not an object', () => {
    expect(errorsOf(null)).toEqual([' → validation:notARecord']);
    expect(errorsOf('measure:01HZX3M5T6Y7Z8A9BCDEFGHJKM')).toEqual([' → validation:notARecord']);
  });

  it.each(['task', '', 42, undefined])('refuses the unknown type %j', (type) => {
    expect(errorsOf(storedRow('measure', { type }))).toEqual(['type → validation:unknownType']);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'refuses the type %j instead of crashing (an inherited property is no record type)',
    (type) => {
      expect(errorsOf(storedRow('measure', { type }))).toEqual(['type → validation:unknownType']);
    },
  );

  it('refuses an id whose prefix names another type', () => {
    const row = storedRow('measure', { id: newRecordId('meeting') });
    expect(errorsOf(row)).toEqual(['id → validation:invalidReference']);
  });

  it('refuses an id that is no record id at all', () => {
    expect(errorsOf(storedRow('measure', { id: 'measure-1' }))).toEqual([
      'id → validation:invalidReference',
    ]);
  });

  it('refuses a partnership whose partnershipId is not its own id', () => {
    const row = storedRow('partnership', { partnershipId: newRecordId('partnership') });
    expect(errorsOf(row)).toEqual(['partnershipId → validation:invalidReference']);
  });

  it('refuses a record that belongs to no partnership', () => {
    expect(errorsOf(storedRow('meeting', { partnershipId: newRecordId('meeting') }))).toEqual([
      'partnershipId → validation:invalidReference',
    ]);
  });

  it('names missing meta and broken fields together', () => {
    const row: Record<string, unknown> = storedRow('meeting', { title: '', updatedAt: 'soon' });
    delete row.createdBy;
    expect(errorsOf(row)).toEqual([
      'createdBy → validation:required',
      'updatedAt → validation:invalidDateTime',
      'title → validation:required',
    ]);
  });

  it('refuses an unknown review state', () => {
    expect(errorsOf(storedRow('comment', { reviewState: 'rejected' }))).toEqual([
      'reviewState → validation:invalidChoice',
    ]);
  });
});
