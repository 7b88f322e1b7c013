// The reads long lists and search build on: rows read unvalidated (tombstones left out), some
// fields of a row checked with the type's schema, and the changes search keeps its index with.
import { describe, expect, it } from 'vitest';
import {
  checkRowFields,
  db,
  deleteRecord,
  getRows,
  listEveryRow,
  listLogEntryRows,
  listRecordRows,
  loadRows,
  watchRecords,
  type RecordsChange,
  type StoredRow,
} from '../../src/db';
import { sortLogRows } from '../../src/features/deployments/ordering';
import { savePartnership, saveValid, storedRow } from '../helpers/fixtures';

describe('rows for long lists', () => {
  it('reads the live rows of a list, of a log and of the device, without tombstones', async () => {
    const { id: pid } = await savePartnership();
    const kept = await saveValid('measure', pid);
    const gone = await saveValid('measure', pid);
    await db.records.update(gone.id, { rev: '1-a', pending: 0 });
    await deleteRecord(gone.id, 'Anna');
    const deployment = await saveValid('deployment', pid);
    const entry = await saveValid('logEntry', pid, { deploymentId: deployment.id });

    expect((await listRecordRows('measure', pid)).map((row) => row.id)).toEqual([kept.id]);
    expect((await listLogEntryRows(deployment.id)).map((row) => row.id)).toEqual([entry.id]);
    expect((await listEveryRow()).map((row) => row.id).sort()).toEqual(
      [pid, kept.id, deployment.id, entry.id].sort(),
    );
    expect((await getRows([kept.id, gone.id, 'measure:missing'])).map((row) => row.id)).toEqual([
      kept.id,
    ]);
    const [loaded] = loadRows(await getRows([kept.id]));
    expect(loaded).toMatchObject({ ok: true, id: kept.id, sync: { pending: true } });
  });

  it('checks only the asked fields, with the schema’s defaults', () => {
    const row = storedRow('measure', { title: 'Radwege', status: undefined, indicators: 'x' });
    expect(checkRowFields('measure', row, ['title', 'status'])).toEqual({
      title: 'Radwege',
      status: 'idea',
    });
    expect(checkRowFields('measure', { ...row, title: 42 }, ['title'])).toBeUndefined();
    expect(checkRowFields('measure', { ...row, id: 'meeting:x' }, ['title'])).toBeUndefined();
    expect(checkRowFields('meeting', row, ['title'])).toBeUndefined();
  });

  it('orders a log newest first, an entry without a readable time on top, ties newest written first', () => {
    const at = (id: string, occurredAt: unknown) =>
      ({ ...storedRow('logEntry'), id, occurredAt }) as StoredRow;
    const rows = [
      at('logEntry:01A', '2024-03-01T09:00:00.000Z'),
      at('logEntry:01C', '2024-03-02T09:00:00.000Z'),
      at('logEntry:01B', '2024-03-02T09:00:00.000Z'),
      at('logEntry:01D', 42),
    ];
    expect(sortLogRows(rows).map((row) => row.id)).toEqual([
      'logEntry:01D',
      'logEntry:01C',
      'logEntry:01B',
      'logEntry:01A',
    ]);
  });

  it('reports changed records by id, and a cleared table as a change of everything', async () => {
    const changes: RecordsChange[] = [];
    const stop = watchRecords((change) => changes.push(change));
    try {
      const { id: pid } = await savePartnership();
      const measure = await saveValid('measure', pid);
      await db.records.clear();
      expect(changes).toEqual([[pid], [measure.id], null]);
    } finally {
      stop();
    }
    await savePartnership();
    expect(changes).toHaveLength(3);
  });
});
