import { describe, expect, it } from 'vitest';
import {
  idToParam,
  isRecordId,
  newItemId,
  newRecordId,
  paramToId,
  recordTypeOf,
  RECORD_TYPES,
} from '../../src/domain';

const ULID = '01HZX3M5T6Y7Z8A9BCDEFGHJKM';

describe('record ids', () => {
  it('are the type, a colon and a 26-character ULID', () => {
    expect(newRecordId('measure')).toMatch(/^measure:[0-9A-HJKMNP-TV-Z]{26}$/);
    for (const type of RECORD_TYPES) {
      expect(isRecordId(newRecordId(type), type)).toBe(true);
    }
  });

  it('are unique and sort in creation order over 10,000 calls', () => {
    const ids = Array.from({ length: 10_000 }, () => newRecordId('logEntry'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('make unique, ordered item ids too', () => {
    const ids = Array.from({ length: 1_000 }, () => newItemId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('isRecordId', () => {
  it('accepts an id of any record type when no type is asked for', () => {
    expect(isRecordId(`measure:${ULID}`)).toBe(true);
    expect(isRecordId(`partnership:${ULID}`)).toBe(true);
  });

  it('accepts only the asked type when a type is given', () => {
    expect(isRecordId(`measure:${ULID}`, 'measure')).toBe(true);
    expect(isRecordId(`measure:${ULID}`, 'meeting')).toBe(false);
  });

  it.each([
    ['an unknown type', `task:${ULID}`],
    ['no type', ULID],
    ['an empty type', `:${ULID}`],
    ['a short ULID', `measure:${ULID.slice(1)}`],
    ['a lower-case ULID', `measure:${ULID.toLowerCase()}`],
    ['letters Crockford base32 leaves out (I, L, O, U)', `measure:${ULID.slice(0, 25)}U`],
    ['an extra part', `measure:${ULID}:x`],
    ['surrounding space', ` measure:${ULID}`],
    ['an empty string', ''],
  ])('rejects %s', (_what, value) => {
    expect(isRecordId(value)).toBe(false);
  });

  it.each([[null], [undefined], [42], [{ id: `measure:${ULID}` }]])(
    'rejects non-strings: %j',
    (value) => {
      expect(isRecordId(value)).toBe(false);
    },
  );
});

describe('recordTypeOf', () => {
  it('names the type of an id, or nothing for an unknown prefix', () => {
    expect(recordTypeOf(`logEntry:${ULID}`)).toBe('logEntry');
    expect(recordTypeOf(`toString:${ULID}`)).toBeUndefined();
    expect(recordTypeOf('nonsense')).toBeUndefined();
  });
});

describe('ids in URLs', () => {
  it('carry only the ULID and give the same id back', () => {
    const id = newRecordId('deployment');
    const param = idToParam(id);
    expect(param).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(param).not.toContain(':');
    expect(paramToId('deployment', param)).toBe(id);
  });

  it('round-trip for every record type', () => {
    for (const type of RECORD_TYPES) {
      const id = newRecordId(type);
      expect(paramToId(type, idToParam(id))).toBe(id);
    }
  });
});
