// Every error the domain can report must be a key the UI can translate: break every field of every
// record type (and of their list items and meta) in many ways and check the keys that come back.
import { describe, expect, it } from 'vitest';
import deValidation from '../../locales/de/validation.json';
import enValidation from '../../locales/en/validation.json';
import {
  RECORD_TYPES,
  validateFields,
  validateRecord,
  type RecordType,
  type ValidationError,
} from '../../src/domain';
import { completeFields, storedRow } from '../helpers/fixtures';

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x',
  'x'.repeat(25_000),
  '2024-02-30',
  -1,
  0,
  0.5,
  18,
  NaN,
  Infinity,
  1e16,
  true,
  [],
  [null],
  ['x'],
  [{}],
  {},
];

function breakEveryField(object: Record<string, unknown>): Record<string, unknown>[] {
  const broken: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(object)) {
    for (const bad of BAD_VALUES) broken.push({ ...object, [key]: bad });
    broken.push(Object.fromEntries(Object.entries(object).filter(([other]) => other !== key)));
    // Break the first item of a list of objects field by field, too.
    const first: unknown = Array.isArray(value) ? value[0] : undefined;
    if (first && typeof first === 'object') {
      for (const item of breakEveryField(first as Record<string, unknown>)) {
        broken.push({ ...object, [key]: [item] });
      }
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const inner of breakEveryField(value as Record<string, unknown>)) {
        broken.push({ ...object, [key]: inner });
      }
    }
  }
  return broken;
}

function collectErrors(): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const type of RECORD_TYPES) {
    for (const input of breakEveryField(completeFields<RecordType>(type))) {
      const result = validateFields(type, input);
      if (!result.ok) errors.push(...result.errors);
    }
    for (const row of breakEveryField(storedRow(type))) {
      const result = validateRecord(row);
      if (!result.ok) errors.push(...result.errors);
    }
  }
  for (const raw of [null, 'measure', 42, { type: 'unknown' }, { type: 'toString' }]) {
    const result = validateRecord(raw);
    if (!result.ok) errors.push(...result.errors);
  }
  return errors;
}

describe('validation error keys', () => {
  const errors = collectErrors();
  const keys = [...new Set(errors.map((error) => error.key))].sort();

  it('come from many different problems (the probe really breaks things)', () => {
    expect(errors.length).toBeGreaterThan(1_000);
    expect(keys.length).toBeGreaterThanOrEqual(15);
  });

  it('all exist in the German and English validation namespace', () => {
    const german = Object.keys(deValidation).map((key) => `validation:${key}`);
    const english = Object.keys(enValidation).map((key) => `validation:${key}`);
    expect(keys.filter((key) => !german.includes(key))).toEqual([]);
    expect(keys.filter((key) => !english.includes(key))).toEqual([]);
  });

  it('always name a field, except when the whole thing is not a record', () => {
    const withoutPath = errors.filter((error) => error.path === '');
    expect(new Set(withoutPath.map((error) => error.key))).toEqual(
      new Set(['validation:notARecord']),
    );
  });
});
