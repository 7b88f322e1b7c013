import { describe, expect, it } from 'vitest';
import {
  matchesQuery,
  normaliseForSearch,
  recordTexts,
  recordTitle,
  validateRecord,
  type AnyRecord,
  type RecordType,
} from '../../src/domain';
import { storedRow } from '../helpers/fixtures';

function record(type: RecordType, overrides: Record<string, unknown> = {}): AnyRecord {
  const result = validateRecord(storedRow(type, overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('normaliseForSearch', () => {
  it('writes ß (and capital ẞ) as ss', () => {
    expect(normaliseForSearch('Maßnahme')).toBe('massnahme');
    expect(normaliseForSearch('STRAẞE')).toBe('strasse');
  });

  it('drops accents and umlaut dots', () => {
    expect(normaliseForSearch('Ouédraogo à Kaya, Çà, São Tomé')).toBe(
      'ouedraogo a kaya, ca, sao tome',
    );
    expect(normaliseForSearch('Grünflächen')).toBe('grunflachen');
  });

  it('ignores case', () => {
    expect(normaliseForSearch('PHOTOVOLTAIK')).toBe(normaliseForSearch('Photovoltaik'));
  });

  it('leaves scripts without case or accents readable', () => {
    expect(normaliseForSearch('مياه')).toBe('مياه');
    expect(normaliseForSearch('Maji safi')).toBe('maji safi');
  });
});

describe('matchesQuery', () => {
  const measure = record('measure', {
    title: 'Photovoltaik auf Schuldächern',
    description: 'Zehn Schulen in Kaya erhalten Solaranlagen.',
    responsiblePartner: 'Issa Sawadogo',
  });

  it('finds a record when every word occurs somewhere in its texts, in any order', () => {
    expect(matchesQuery(measure, 'kaya photovoltaik')).toBe(true);
    expect(matchesQuery(measure, '  SAWADOGO   schuldacher ')).toBe(true);
  });

  it('does not find it when one of the words is missing', () => {
    expect(matchesQuery(measure, 'photovoltaik windkraft')).toBe(false);
  });

  it('finds parts of words', () => {
    expect(matchesQuery(measure, 'solar')).toBe(true);
  });

  it('matches ss against ß and plain letters against accents both ways', () => {
    const meeting = record('meeting', { title: 'Straßenbeleuchtung', notes: 'Réunion à Kaya' });
    expect(matchesQuery(meeting, 'strassenbeleuchtung')).toBe(true);
    expect(matchesQuery(meeting, 'Straßen réunion')).toBe(true);
    expect(matchesQuery(meeting, 'reunion')).toBe(true);
  });

  it('finds nothing for an empty query', () => {
    expect(matchesQuery(measure, '')).toBe(false);
    expect(matchesQuery(measure, '   ')).toBe(false);
  });

  it('searches list items too (indicators, participants, follow-ups)', () => {
    expect(matchesQuery(measure, 'installierte leistung kwp')).toBe(true);
    expect(matchesQuery(record('deployment'), 'anna schmidt')).toBe(true);
    expect(matchesQuery(record('logEntry'), 'statik')).toBe(true);
    expect(matchesQuery(record('meeting'), 'einladung skew')).toBe(true);
  });
});

describe('recordTitle and recordTexts', () => {
  it('give every type a title and its written texts', () => {
    expect(recordTitle(record('partnership'))).toBe('Stadt Beispielheim – Ville de Kaya');
    expect(recordTitle(record('deployment'))).toBe('Kaya');
    expect(recordTitle(record('measure'))).toBe('Photovoltaik auf Schuldächern');
    expect(recordTitle(record('comment', { body: 'x'.repeat(200) }))).toHaveLength(80);
    expect(recordTexts(record('programme'))).toContain('Jede Schule mit Solarstrom.');
  });
});
