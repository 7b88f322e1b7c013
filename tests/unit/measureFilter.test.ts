import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain';
import {
  applyMeasureQuery,
  EMPTY_MEASURE_QUERY,
  filterMeasures,
  hasActiveFilters,
  parseMeasureQuery,
  serializeMeasureQuery,
  sortMeasures,
  withoutFilters,
} from '../../src/features/measures/measureFilter';

let counter = 0;
function measure(fields: Partial<Measure>): Measure {
  counter += 1;
  return {
    id: `measure:01HZZZZZZZZZZZZZZZZZZZZZ${String(counter).padStart(2, '0')}`,
    type: 'measure',
    partnershipId: 'partnership:01HZZZZZZZZZZZZZZZZZZZZZ00',
    createdAt: '2025-01-01T10:00:00.000Z',
    createdBy: 'Test',
    updatedAt: '2025-01-01T10:00:00.000Z',
    updatedBy: 'Test',
    lang: 'de',
    reviewState: 'unreviewed',
    title: 'Maßnahme',
    description: '',
    fieldOfAction: 'renewableEnergy',
    goal: '',
    appliesTo: 'both',
    responsibleGerman: '',
    responsiblePartner: '',
    actors: [],
    startDate: null,
    endDate: null,
    milestones: [],
    indicators: [],
    resources: [],
    fundingOptions: '',
    sdgs: [],
    co2eEstimate: null,
    climateFocus: 'mitigation',
    priority: 'medium',
    status: 'idea',
    ...fields,
  };
}

const titles = (list: readonly Measure[]) => list.map((m) => m.title);

describe('measure query string', () => {
  it('reads every filter and the sort order, with or without the question mark', () => {
    const query = parseMeasureQuery(
      '?field=waterWastewater&status=agreed&side=partnerSide&priority=high&sort=co2e',
    );
    expect(query).toEqual({
      fieldOfAction: 'waterWastewater',
      status: 'agreed',
      side: 'partnerSide',
      priority: 'high',
      sort: 'co2e',
    });
    expect(parseMeasureQuery('status=agreed').status).toBe('agreed');
  });

  it('ignores unknown values and parameters instead of failing', () => {
    expect(parseMeasureQuery('?field=moon&status=&sort=random&other=1')).toEqual(
      EMPTY_MEASURE_QUERY,
    );
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(serializeMeasureQuery(EMPTY_MEASURE_QUERY)).toBe('');
    const query = {
      ...EMPTY_MEASURE_QUERY,
      status: 'completed' as const,
      sort: 'updated' as const,
    };
    const written = serializeMeasureQuery(query);
    expect(written).toBe('status=completed&sort=updated');
    expect(parseMeasureQuery(written)).toEqual(query);
  });

  it('tells whether a filter is active and clears filters while keeping the sort order', () => {
    expect(hasActiveFilters(EMPTY_MEASURE_QUERY)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_MEASURE_QUERY, sort: 'priority' })).toBe(false);
    const filtered = { ...EMPTY_MEASURE_QUERY, priority: 'low' as const, sort: 'status' as const };
    expect(hasActiveFilters(filtered)).toBe(true);
    expect(withoutFilters(filtered)).toEqual({ ...EMPTY_MEASURE_QUERY, sort: 'status' });
  });
});

describe('filtering measures', () => {
  const solar = measure({
    title: 'Solar',
    fieldOfAction: 'renewableEnergy',
    status: 'agreed',
    appliesTo: 'partnerSide',
    priority: 'high',
  });
  const bus = measure({
    title: 'Bus',
    fieldOfAction: 'lowCarbonMobility',
    status: 'idea',
    appliesTo: 'germanSide',
    priority: 'low',
  });
  const water = measure({
    title: 'Water',
    fieldOfAction: 'waterWastewater',
    status: 'agreed',
    appliesTo: 'both',
    priority: 'medium',
  });
  const all = [solar, bus, water];

  it('keeps everything without filters', () => {
    expect(filterMeasures(all, EMPTY_MEASURE_QUERY)).toHaveLength(3);
  });

  it('combines filters: every active filter must match', () => {
    expect(titles(filterMeasures(all, { ...EMPTY_MEASURE_QUERY, status: 'agreed' }))).toEqual([
      'Solar',
      'Water',
    ]);
    expect(
      titles(filterMeasures(all, { ...EMPTY_MEASURE_QUERY, status: 'agreed', priority: 'high' })),
    ).toEqual(['Solar']);
    expect(
      filterMeasures(all, { ...EMPTY_MEASURE_QUERY, fieldOfAction: 'adaptation' }),
    ).toHaveLength(0);
  });

  it('counts a measure for both sides under either side', () => {
    expect(titles(filterMeasures(all, { ...EMPTY_MEASURE_QUERY, side: 'germanSide' }))).toEqual([
      'Bus',
      'Water',
    ]);
    expect(titles(filterMeasures(all, { ...EMPTY_MEASURE_QUERY, side: 'both' }))).toEqual([
      'Water',
    ]);
  });
});

describe('sorting measures', () => {
  const a = measure({
    title: 'Änderung der Beleuchtung',
    priority: 'low',
    status: 'completed',
    startDate: '2026-03-01',
    updatedAt: '2025-02-01T00:00:00.000Z',
    co2eEstimate: 5,
  });
  const b = measure({
    title: 'bäume pflanzen',
    priority: 'high',
    status: 'dropped',
    startDate: null,
    updatedAt: '2025-06-01T00:00:00.000Z',
    co2eEstimate: null,
  });
  const c = measure({
    title: 'Carsharing',
    priority: 'medium',
    status: 'idea',
    startDate: '2025-09-01',
    updatedAt: '2025-04-01T00:00:00.000Z',
    co2eEstimate: 120.5,
  });
  const all = [c, b, a];

  it('sorts titles alphabetically in the language, ignoring case and accents', () => {
    expect(titles(sortMeasures(all, 'title', 'de'))).toEqual([
      'Änderung der Beleuchtung',
      'bäume pflanzen',
      'Carsharing',
    ]);
  });

  it('puts high priority first and statuses in the order of the flow, dropped last', () => {
    expect(titles(sortMeasures(all, 'priority', 'de'))).toEqual([
      'bäume pflanzen',
      'Carsharing',
      'Änderung der Beleuchtung',
    ]);
    expect(titles(sortMeasures(all, 'status', 'de'))).toEqual([
      'Carsharing',
      'Änderung der Beleuchtung',
      'bäume pflanzen',
    ]);
  });

  it('puts the earliest start first and measures without a start last', () => {
    expect(titles(sortMeasures(all, 'startDate', 'de'))).toEqual([
      'Carsharing',
      'Änderung der Beleuchtung',
      'bäume pflanzen',
    ]);
  });

  it('puts the most recently changed first', () => {
    expect(titles(sortMeasures(all, 'updated', 'de'))).toEqual([
      'bäume pflanzen',
      'Carsharing',
      'Änderung der Beleuchtung',
    ]);
  });

  it('puts the largest estimated reduction first and measures without an estimate last', () => {
    expect(titles(sortMeasures(all, 'co2e', 'de'))).toEqual([
      'Carsharing',
      'Änderung der Beleuchtung',
      'bäume pflanzen',
    ]);
  });

  it('breaks ties by title and leaves the input untouched', () => {
    const x = measure({ title: 'Zebra', priority: 'high' });
    const y = measure({ title: 'Apfel', priority: 'high' });
    const input = [x, y];
    expect(titles(sortMeasures(input, 'priority', 'de'))).toEqual(['Apfel', 'Zebra']);
    expect(titles(input)).toEqual(['Zebra', 'Apfel']);
  });

  it('filters, then sorts', () => {
    const query = { ...EMPTY_MEASURE_QUERY, priority: 'high' as const, sort: 'title' as const };
    expect(
      titles(
        applyMeasureQuery([...all, measure({ title: 'Abwasser', priority: 'high' })], query, 'de'),
      ),
    ).toEqual(['Abwasser', 'bäume pflanzen']);
  });
});
