// The measure list reads its rows unvalidated and checks only the fields it filters and sorts by
// (with the domain's own schema, so defaults and rules are the same); each card loads its measure
// in full when it is shown. A row whose list fields do not pass is listed as broken at the end.
import { checkRowFields, type StoredRow } from '../../../db';
import type { MeasureListFields } from '../measureFilter';

const LIST_FIELDS = [
  'title',
  'status',
  'fieldOfAction',
  'priority',
  'appliesTo',
  'startDate',
  'co2eEstimate',
] as const;

/** A measure as the list filters and sorts it, with the row to load in full when shown. */
export type MeasureListItem = MeasureListFields & { row: StoredRow };

export function measureListItems(rows: readonly StoredRow[]): {
  items: MeasureListItem[];
  broken: StoredRow[];
} {
  const items: MeasureListItem[] = [];
  const broken: StoredRow[] = [];
  for (const row of rows) {
    const fields = checkRowFields('measure', row, LIST_FIELDS);
    if (fields && typeof row.updatedAt === 'string') {
      items.push({ ...fields, id: row.id, updatedAt: row.updatedAt, row });
    } else {
      broken.push(row);
    }
  }
  return { items, broken };
}
