// The measure list's filters and sort order: read from and written to the URL query string (so they
// survive a reload and back navigation), and applied to valid measures. Pure: no React, no storage.
import {
  FIELDS_OF_ACTION,
  MEASURE_SIDES,
  MEASURE_STATUSES,
  PRIORITIES,
  type FieldOfAction,
  type Measure,
  type MeasureSide,
  type MeasureStatus,
  type Priority,
} from '../../domain';

export const MEASURE_SORTS = [
  'title',
  'priority',
  'status',
  'startDate',
  'updated',
  'co2e',
] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

export const DEFAULT_MEASURE_SORT: MeasureSort = 'title';

export interface MeasureQuery {
  fieldOfAction: FieldOfAction | null;
  status: MeasureStatus | null;
  side: MeasureSide | null;
  priority: Priority | null;
  sort: MeasureSort;
}

export type MeasureFilterName = Exclude<keyof MeasureQuery, 'sort'>;

/** What filtering and sorting read of a measure (the list has no more than this for most). */
export type MeasureListFields = Pick<
  Measure,
  | 'id'
  | 'title'
  | 'status'
  | 'fieldOfAction'
  | 'priority'
  | 'appliesTo'
  | 'startDate'
  | 'co2eEstimate'
  | 'updatedAt'
>;

export const EMPTY_MEASURE_QUERY: MeasureQuery = {
  fieldOfAction: null,
  status: null,
  side: null,
  priority: null,
  sort: DEFAULT_MEASURE_SORT,
};

/** The query-string parameter of each setting; short, as people share and bookmark these URLs. */
const PARAMS = {
  fieldOfAction: 'field',
  status: 'status',
  side: 'side',
  priority: 'priority',
  sort: 'sort',
} as const satisfies Record<keyof MeasureQuery, string>;

function pick<T extends string>(options: readonly T[], value: string | null): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** Read the settings from a query string (with or without `?`). Unknown values are ignored. */
export function parseMeasureQuery(search: string): MeasureQuery {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return {
    fieldOfAction: pick(FIELDS_OF_ACTION, params.get(PARAMS.fieldOfAction)),
    status: pick(MEASURE_STATUSES, params.get(PARAMS.status)),
    side: pick(MEASURE_SIDES, params.get(PARAMS.side)),
    priority: pick(PRIORITIES, params.get(PARAMS.priority)),
    sort: pick(MEASURE_SORTS, params.get(PARAMS.sort)) ?? DEFAULT_MEASURE_SORT,
  };
}

/** The query string (without `?`) for the settings; defaults are left out, so it may be empty. */
export function serializeMeasureQuery(query: MeasureQuery): string {
  const params = new URLSearchParams();
  if (query.fieldOfAction) params.set(PARAMS.fieldOfAction, query.fieldOfAction);
  if (query.status) params.set(PARAMS.status, query.status);
  if (query.side) params.set(PARAMS.side, query.side);
  if (query.priority) params.set(PARAMS.priority, query.priority);
  if (query.sort !== DEFAULT_MEASURE_SORT) params.set(PARAMS.sort, query.sort);
  return params.toString();
}

export function hasActiveFilters(query: MeasureQuery): boolean {
  return (
    query.fieldOfAction !== null ||
    query.status !== null ||
    query.side !== null ||
    query.priority !== null
  );
}

/** The same settings without any filter; the sort order stays. */
export function withoutFilters(query: MeasureQuery): MeasureQuery {
  return { ...EMPTY_MEASURE_QUERY, sort: query.sort };
}

/** A measure applying to both sides matches either side's filter: it concerns both. */
function matchesSide(measure: MeasureListFields, side: MeasureSide | null): boolean {
  return side === null || measure.appliesTo === side || measure.appliesTo === 'both';
}

export function filterMeasures<T extends MeasureListFields>(
  measures: readonly T[],
  query: MeasureQuery,
): T[] {
  return measures.filter(
    (m) =>
      (query.fieldOfAction === null || m.fieldOfAction === query.fieldOfAction) &&
      (query.status === null || m.status === query.status) &&
      (query.priority === null || m.priority === query.priority) &&
      matchesSide(m, query.side),
  );
}

/** Missing values (no start date, no estimate) go last whatever the direction. */
function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
}

const byNumber = (a: number, b: number) => a - b;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sort measures. Directions are fixed to what a person looks for first: titles A–Z, high priority
 * first, status in the order of the flow (dropped last), earliest start first, most recently
 * changed first, largest estimated reduction first. Ties fall back to the title.
 */
export function sortMeasures<T extends MeasureListFields>(
  measures: readonly T[],
  sort: MeasureSort,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byTitle = (a: T, b: T) => collator.compare(a.title.trim(), b.title.trim());
  const primary: Record<MeasureSort, (a: T, b: T) => number> = {
    title: () => 0,
    priority: (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority),
    status: (a, b) => MEASURE_STATUSES.indexOf(a.status) - MEASURE_STATUSES.indexOf(b.status),
    startDate: (a, b) => compareNullable(a.startDate, b.startDate, byString),
    updated: (a, b) => byString(b.updatedAt, a.updatedAt),
    co2e: (a, b) => compareNullable(a.co2eEstimate, b.co2eEstimate, (x, y) => byNumber(y, x)),
  };
  const compare = primary[sort];
  return [...measures].sort((a, b) => compare(a, b) || byTitle(a, b) || byString(a.id, b.id));
}

/** Filter, then sort. */
export function applyMeasureQuery<T extends MeasureListFields>(
  measures: readonly T[],
  query: MeasureQuery,
  locale: string,
): T[] {
  return sortMeasures(filterMeasures(measures, query), query.sort, locale);
}
