// validateFields: valid records pass, optional fields get defaults, missing fields are named.
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, validateFields, type RecordType } from '../../src/domain';
import { completeFields, minimalFields } from '../helpers/fixtures';

/** The errors of an invalid input as `path → key` pairs, for readable assertions. */
function errorsOf(type: RecordType, input: unknown): string[] {
  const result = validateFields(type, input);
  if (result.ok) throw new Error(`expected ${type} input to be invalid`);
  return result.errors.map((error) => `${error.path} → ${error.key}`);
}

const without = (object: object, ...keys: string[]) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

describe('validateFields accepts valid records', () => {
  it.each(RECORD_TYPES)('a complete %s passes unchanged', (type) => {
    const fields = completeFields(type);
    const result = validateFields(type, fields);
    expect(result).toEqual({ ok: true, value: fields });
  });

  it.each(RECORD_TYPES)('a %s with only its required fields passes', (type) => {
    expect(validateFields(type, minimalFields(type)).ok).toBe(true);
  });

  it('drops keys the type does not have', () => {
    const result = validateFields('comment', { ...minimalFields('comment'), secret: 'x' });
    expect(result.ok && 'secret' in result.value).toBe(false);
  });
});

describe('validateFields fills defaults for optional fields', () => {
  it('gives a measure its starting status, priority, side, focus and empty lists', () => {
    const result = validateFields('measure', minimalFields('measure'));
    expect(result.ok && result.value).toMatchObject({
      description: '',
      appliesTo: 'both',
      actors: [],
      startDate: null,
      endDate: null,
      milestones: [],
      indicators: [],
      resources: [],
      sdgs: [],
      co2eEstimate: null,
      climateFocus: 'mitigation',
      priority: 'medium',
      status: 'idea',
    });
  });

  it('gives list items their defaults (resource in EUR from own funds, open task)', () => {
    const result = validateFields(
      'measure',
      minimalFields('measure', { resources: [{ id: 'r1', kind: 'staff' }] }),
    );
    expect(result.ok && result.value.resources).toEqual([
      { id: 'r1', kind: 'staff', description: '', amount: null, currency: 'EUR', source: 'own' },
    ]);
    const meeting = validateFields(
      'meeting',
      minimalFields('meeting', { actionItems: [{ id: 't1', text: 'Protokoll' }] }),
    );
    expect(meeting.ok && meeting.value.actionItems).toEqual([
      { id: 't1', text: 'Protokoll', owner: '', dueDate: null, done: false },
    ]);
  });

  it('defaults the other types sensibly', () => {
    const partnership = validateFields('partnership', minimalFields('partnership'));
    expect(partnership.ok && partnership.value).toMatchObject({
      status: 'active',
      workingLanguages: [],
      phaseStartYear: null,
      vision: '',
    });
    const deployment = validateFields('deployment', minimalFields('deployment'));
    expect(deployment.ok && deployment.value).toMatchObject({
      status: 'planned',
      participants: [],
    });
    const entry = validateFields('logEntry', minimalFields('logEntry'));
    expect(entry.ok && entry.value).toMatchObject({ kind: 'observation', location: null });
    const programme = validateFields('programme', minimalFields('programme'));
    expect(programme.ok && programme.value).toMatchObject({ version: 1, measureIds: [] });
    const comment = validateFields('comment', minimalFields('comment'));
    expect(comment.ok && comment.value.kind).toBe('comment');
  });
});

describe('validateFields names what is missing', () => {
  it.each<[RecordType, string, string]>([
    ['partnership', 'germanMunicipality', 'validation:required'],
    ['partnership', 'partnerCountry', 'validation:required'],
    ['partnership', 'phase', 'validation:required'],
    ['deployment', 'number', 'validation:required'],
    ['deployment', 'direction', 'validation:required'],
    ['deployment', 'destination', 'validation:required'],
    ['logEntry', 'deploymentId', 'validation:required'],
    ['logEntry', 'occurredAt', 'validation:required'],
    ['logEntry', 'title', 'validation:required'],
    ['meeting', 'kind', 'validation:required'],
    ['meeting', 'title', 'validation:required'],
    ['meeting', 'date', 'validation:required'],
    ['measure', 'title', 'validation:required'],
    ['measure', 'fieldOfAction', 'validation:required'],
    ['programme', 'phase', 'validation:required'],
    ['comment', 'targetId', 'validation:required'],
    ['comment', 'body', 'validation:required'],
  ])('%s without %s → %s at that field', (type, field, key) => {
    expect(errorsOf(type, without(completeFields(type), field))).toEqual([`${field} → ${key}`]);
  });

  it('lists every missing field of an empty measure at once', () => {
    expect(errorsOf('measure', {})).toEqual([
      'title → validation:required',
      'fieldOfAction → validation:required',
    ]);
  });

  it('treats blank text as missing', () => {
    expect(errorsOf('measure', minimalFields('measure', { title: '  \n ' }))).toEqual([
      'title → validation:required',
    ]);
  });

  it('points into list items: a nameless indicator, participant or task', () => {
    const indicator = { id: 'i1', name: '' };
    expect(errorsOf('measure', minimalFields('measure', { indicators: [indicator] }))).toEqual([
      'indicators.0.name → validation:required',
    ]);
    const participants = [
      { id: 'p1', name: 'Anna' },
      { id: 'p2', role: 'Energie' },
    ];
    expect(errorsOf('deployment', minimalFields('deployment', { participants } as never))).toEqual([
      'participants.1.name → validation:required',
    ]);
    const followUps = [{ id: 'f1', text: ' ' }];
    expect(errorsOf('logEntry', minimalFields('logEntry', { followUps }))).toEqual([
      'followUps.0.text → validation:required',
    ]);
    expect(errorsOf('measure', minimalFields('measure', { milestones: [{}] } as never))).toEqual([
      'milestones.0.id → validation:required',
      'milestones.0.title → validation:required',
    ]);
  });
});
