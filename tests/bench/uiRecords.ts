// The device of the UI benchmark: one partnership with 2,000 measures and 10,000 log entries in
// three deployments (4,000 / 3,500 / 2,500 entries; the benchmark opens the largest log).
// Every record is checked against the domain schema and turned into the row a pull stores
// (`decidePull` → `remoteRow` of src/db: rev, base, pending 0), so IndexedDB holds exactly what
// a device that synced this partnership would hold.
import { decidePull } from '../../src/db/pullMerge';
import type { StoredRow } from '../../src/db';
import {
  matchesQuery,
  newRecordId,
  validateFields,
  validateRecord,
  type AnyRecord,
  type FieldsInput,
  type RecordType,
} from '../../src/domain';
import { benchFields } from './benchRecords';

export const MEASURES = 2000;
/** Log entries per deployment; the first (largest) is the log the benchmark opens. */
export const LOG_SIZES = [4000, 3500, 2500] as const;
const USER = 'coordinator';

export interface BenchDevice {
  partnershipId: string;
  /** The deployments, in the order of LOG_SIZES. */
  deploymentIds: string[];
  rows: StoredRow[];
  /** The valid records (for the expected search results). */
  records: AnyRecord[];
}

function stamp(i: number): string {
  return new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
}

function whole<T extends RecordType>(
  type: T,
  id: string,
  partnershipId: string,
  fields: FieldsInput<T>,
  i: number,
): AnyRecord {
  const checkedFields = validateFields(type, fields);
  if (!checkedFields.ok) throw new Error(`bench ${type}: ${JSON.stringify(checkedFields.errors)}`);
  const checked = validateRecord({
    id,
    type,
    partnershipId,
    createdAt: stamp(i),
    createdBy: USER,
    updatedAt: stamp(i),
    updatedBy: USER,
    lang: 'de',
    reviewState: 'unreviewed',
    ...checkedFields.value,
  });
  if (!checked.ok) throw new Error(`bench ${type} ${id}: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

/** The row the app stores when it pulls this record from the server (revision 1). */
function pulledRow(record: AnyRecord, partnershipId: string, i: number): StoredRow {
  const decision = decidePull(
    undefined,
    { id: record.id, rev: `1-${(i + 1).toString(16).padStart(32, '0')}`, deleted: false, record },
    partnershipId,
    stamp(i),
  );
  if (decision.kind !== 'put') throw new Error(`pull of ${record.id} stored nothing`);
  return decision.row;
}

export function benchDevice(): BenchDevice {
  const partnershipId = newRecordId('partnership');
  const deploymentIds = LOG_SIZES.map(() => newRecordId('deployment'));
  const records: AnyRecord[] = [];
  let i = 0;
  records.push(
    whole(
      'partnership',
      partnershipId,
      partnershipId,
      {
        germanMunicipality: 'Stadt Beispielheim',
        partnerMunicipality: 'Ville de Kaya',
        partnerCountry: 'BF',
        phase: 8,
        workingLanguages: ['de', 'fr'],
        status: 'active',
        vision: 'Gemeinsam klimaneutral bis 2045.',
      },
      i++,
    ),
  );
  deploymentIds.forEach((deploymentId, index) => {
    records.push(
      whole(
        'deployment',
        deploymentId,
        partnershipId,
        {
          number: (index + 1) as 1 | 2 | 3,
          direction: index % 2 === 0 ? 'toPartner' : 'toGermany',
          destination: index % 2 === 0 ? 'Kaya' : 'Beispielheim',
          objectives: 'Solaranlagen auf Schulen prüfen.',
        },
        i++,
      ),
    );
  });
  for (let m = 0; m < MEASURES; m++) {
    const { fields } = benchFields(2 * m, '');
    records.push(whole('measure', newRecordId('measure'), partnershipId, fields as never, i++));
  }
  let entry = 0;
  LOG_SIZES.forEach((size, index) => {
    const deploymentId = deploymentIds[index] ?? '';
    for (let k = 0; k < size; k++, entry++) {
      const { fields } = benchFields(2 * entry + 1, deploymentId);
      records.push(whole('logEntry', newRecordId('logEntry'), partnershipId, fields as never, i++));
    }
  });
  const rows = records.map((record, index) => pulledRow(record, partnershipId, index));
  return { partnershipId, deploymentIds, rows, records };
}

/** How many records the search finds for a query (the domain's own match rule). */
export function expectedHits(records: readonly AnyRecord[], query: string): number {
  return records.filter((record) => record.type !== 'comment' && matchesQuery(record, query))
    .length;
}
