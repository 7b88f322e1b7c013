// validateFields on wrong values and on periods: each problem named by path and translation key.
import { describe, expect, it } from 'vitest';
import { validateFields, type RecordType } from '../../src/domain';
import { completeFields, minimalFields } from '../helpers/fixtures';

/** The errors of an invalid input as `path → key` pairs, for readable assertions. */
function errorsOf(type: RecordType, input: unknown): string[] {
  const result = validateFields(type, input);
  if (result.ok) throw new Error(`expected ${type} input to be invalid`);
  return result.errors.map((error) => `${error.path} → ${error.key}`);
}

describe('validateFields rejects wrong values', () => {
  it.each<[string, RecordType, Record<string, unknown>, string[]]>([
    ['text that is not text', 'measure', { description: 42 }, ['description → validation:notText']],
    ['a number as text', 'partnership', { phase: '8' }, ['phase → validation:invalidNumber']],
    ['phase 0', 'partnership', { phase: 0 }, ['phase → validation:outOfRange']],
    [
      'a country name',
      'partnership',
      { partnerCountry: 'Ghana' },
      ['partnerCountry → validation:invalidCountry'],
    ],
    ['deployment number 4', 'deployment', { number: 4 }, ['number → validation:invalidChoice']],
    [
      'an unknown field of action',
      'measure',
      { fieldOfAction: 'nuclear' },
      ['fieldOfAction → validation:invalidChoice'],
    ],
    [
      'a date with time',
      'meeting',
      { date: '2024-05-16T10:00' },
      ['date → validation:invalidDate'],
    ],
    ['an empty meeting date', 'meeting', { date: '' }, ['date → validation:invalidDate']],
    [
      'an unreadable time',
      'logEntry',
      { occurredAt: 'gestern' },
      ['occurredAt → validation:invalidDateTime'],
    ],
    [
      'a list that is not a list',
      'deployment',
      { fieldsOfAction: 'renewableEnergy' },
      ['fieldsOfAction → validation:invalidList'],
    ],
    ['SDG 18', 'measure', { sdgs: [7, 18] }, ['sdgs.1 → validation:invalidChoice']],
    ['SDG 0', 'measure', { sdgs: [0] }, ['sdgs.0 → validation:invalidChoice']],
    [
      'a negative CO2e estimate',
      'measure',
      { co2eEstimate: -5 },
      ['co2eEstimate → validation:outOfRange'],
    ],
    ['an unknown status', 'measure', { status: 'finished' }, ['status → validation:invalidChoice']],
    [
      'a measure id of the wrong type',
      'programme',
      { measureIds: ['meeting:01HZX3M5T6Y7Z8A9BCDEFGHJKM'] },
      ['measureIds.0 → validation:invalidReference'],
    ],
    [
      'a comment on nothing',
      'comment',
      { targetId: 'measure:nope' },
      ['targetId → validation:invalidReference'],
    ],
    [
      'a title longer than 300 characters',
      'meeting',
      { title: 'x'.repeat(301) },
      ['title → validation:tooLong'],
    ],
  ])('%s', (_what, type, change, expected) => {
    expect(errorsOf(type, completeFields(type, change as never))).toEqual(expected);
  });

  it('rejects a number that is not one (NaN from an unparsable input)', () => {
    expect(errorsOf('measure', completeFields('measure', { co2eEstimate: NaN }))).toContain(
      'co2eEstimate → validation:invalidNumber',
    );
  });

  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '24-5-1'])(
    'rejects %s, which is no existing day written YYYY-MM-DD',
    (day) => {
      expect(errorsOf('measure', completeFields('measure', { startDate: day }))).toEqual([
        'startDate → validation:invalidDate',
      ]);
      expect(errorsOf('meeting', completeFields('meeting', { date: day }))).toEqual([
        'date → validation:invalidDate',
      ]);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(validateFields('meeting', completeFields('meeting', { date: '2024-02-29' })).ok).toBe(
      true,
    );
  });

  it('names each problem of a field once, even when several checks fail for it', () => {
    const indicators = [{ id: 'a', name: 'A', targetYear: 1989.5 }];
    expect(errorsOf('measure', minimalFields('measure', { indicators, sdgs: [18.5] }))).toEqual([
      'indicators.0.targetYear → validation:invalidYear',
      'sdgs.0 → validation:invalidChoice',
    ]);
  });

  it('rejects a currency written as a word, and a negative amount', () => {
    const resource = { id: 'r1', kind: 'financial', amount: -1, currency: 'euro' };
    expect(
      errorsOf('measure', minimalFields('measure', { resources: [resource] } as never)),
    ).toEqual([
      'resources.0.amount → validation:outOfRange',
      'resources.0.currency → validation:invalidCurrency',
    ]);
  });

  it('rejects an indicator target year outside 1990–2100 or with a fraction', () => {
    const indicators = [
      { id: 'a', name: 'A', targetYear: 1989 },
      { id: 'b', name: 'B', targetYear: 2030.5 },
    ];
    expect(errorsOf('measure', minimalFields('measure', { indicators }))).toEqual([
      'indicators.0.targetYear → validation:invalidYear',
      'indicators.1.targetYear → validation:invalidYear',
    ]);
  });
});

describe('validateFields checks that periods end after they start', () => {
  it.each(['deployment', 'measure'] as const)(
    'a %s ending before it starts fails at endDate',
    (type) => {
      const fields = completeFields(type, { startDate: '2024-05-02', endDate: '2024-05-01' });
      expect(errorsOf(type, fields)).toEqual(['endDate → validation:endBeforeStart']);
    },
  );

  it.each(['deployment', 'measure'] as const)('a %s of one day, or open-ended, passes', (type) => {
    const oneDay = completeFields(type, { startDate: '2024-05-02', endDate: '2024-05-02' });
    expect(validateFields(type, oneDay).ok).toBe(true);
    const openEnded = completeFields(type, { startDate: '2024-05-02', endDate: null });
    expect(validateFields(type, openEnded).ok).toBe(true);
  });

  it('does not also call the period back to front when the start is no valid day', () => {
    const fields = completeFields('measure', { startDate: '2099-02-30', endDate: '2025-01-01' });
    expect(errorsOf('measure', fields)).toEqual(['startDate → validation:invalidDate']);
  });

  it('reports the order of dates together with other errors, not only after they are fixed', () => {
    const fields = { fieldOfAction: 'other', startDate: '2024-05-02', endDate: '2024-05-01' };
    expect(errorsOf('measure', fields)).toEqual([
      'title → validation:required',
      'endDate → validation:endBeforeStart',
    ]);
  });
});
