// A write that fails inside the repository's transaction (a full disk) leaves the stored data as it
// was: no half-written record, no lost older version, and the caller hears about it.
import { describe, expect, it, vi } from 'vitest';
import {
  countPending,
  db,
  deleteRecord,
  deleteRecords,
  saveRecord,
  type StoredRow,
  isStorageFull,
} from '../../src/db';
import { completeFields, minimalFields, savePartnership, saveValid } from '../helpers/fixtures';

const diskFull = () => new DOMException('The disk is full.', 'QuotaExceededError');

/**
 * Make every put and bulkPut on the records table fail, optionally after it has written inside the
 * transaction.
 */
function failPuts(afterWriting: boolean) {
  const put = db.records.put.bind(db.records);
  const bulkPut = db.records.bulkPut.bind(db.records);
  const failing = async (row: StoredRow) => {
    if (afterWriting) await put(row);
    throw diskFull();
  };
  const failingBulk = async (rows: StoredRow[]) => {
    if (afterWriting) await bulkPut(rows);
    throw diskFull();
  };
  // Dexie's own promise type is not needed for the repository, which only awaits the put.
  vi.spyOn(db.records, 'bulkPut').mockImplementation(failingBulk as unknown as typeof bulkPut);
  return vi.spyOn(db.records, 'put').mockImplementation(failing as unknown as typeof put);
}

describe('a save that fails inside the transaction', () => {
  it.each([false, true])(
    'rejects and stores no new record (failure after writing: %s)',
    async (afterWriting) => {
      const partnership = await savePartnership();
      failPuts(afterWriting);
      await expect(
        saveRecord({
          type: 'measure',
          partnershipId: partnership.id,
          fields: minimalFields('measure'),
          user: 'Anna',
          lang: 'de',
        }),
      ).rejects.toMatchObject({ name: 'QuotaExceededError' });
      vi.restoreAllMocks();
      expect(await db.records.count()).toBe(1);
      expect(await countPending()).toBe(1);
    },
  );

  it.each([false, true])(
    'rejects and keeps the previous version of a changed record whole (failure after writing: %s)',
    async (afterWriting) => {
      const partnership = await savePartnership();
      const measure = await saveValid('measure', partnership.id);
      await db.records.update(measure.id, { rev: '1-a', pending: 0 });
      const before = await db.records.get(measure.id);
      failPuts(afterWriting);
      await expect(
        saveRecord({
          type: 'measure',
          id: measure.id,
          partnershipId: partnership.id,
          fields: completeFields('measure', { title: 'Neu', status: 'proposed' }),
          user: 'Issa',
          lang: 'de',
        }),
      ).rejects.toMatchObject({ name: 'QuotaExceededError' });
      vi.restoreAllMocks();
      expect(await db.records.get(measure.id)).toEqual(before);
    },
  );

  it('rejects a deletion that cannot write its tombstone and keeps the record', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id);
    await db.records.update(measure.id, { rev: '1-a', pending: 0 });
    const before = await db.records.get(measure.id);
    failPuts(true);
    await expect(deleteRecord(measure.id, 'Issa')).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    vi.restoreAllMocks();
    expect(await db.records.get(measure.id)).toEqual(before);
  });

  it('works again once there is room', async () => {
    const partnership = await savePartnership();
    failPuts(false);
    const input = {
      type: 'meeting' as const,
      partnershipId: partnership.id,
      fields: minimalFields('meeting'),
      user: 'Anna',
      lang: 'de',
    };
    await expect(saveRecord(input)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    const result = await saveRecord(input);
    expect(result.ok).toBe(true);
    expect(await db.records.count()).toBe(2);
  });
});

describe('deleting a deployment with its log', () => {
  /** A deployment with three log entries: two already on the server, one only on this device. */
  async function deploymentWithLog() {
    const partnership = await savePartnership();
    const deployment = await saveValid('deployment', partnership.id);
    const entries = await Promise.all(
      ['Ankunft', 'Rathaus', 'Abschluss'].map((title) =>
        saveValid('logEntry', partnership.id, { deploymentId: deployment.id, title }),
      ),
    );
    const synced = [deployment.id, entries[0]?.id ?? '', entries[1]?.id ?? ''];
    for (const id of synced) await db.records.update(id, { rev: '1-a', pending: 0 });
    return { ids: [...entries.map((entry) => entry.id), deployment.id], synced };
  }

  it('deletes all of it in one go: tombstones for what the server has, the rest at once', async () => {
    const { ids, synced } = await deploymentWithLog();
    await deleteRecords(ids, 'Issa');
    const rows = await db.records.bulkGet(ids);
    const local = ids.find((id) => !synced.includes(id));
    expect(rows.filter((row) => row === undefined)).toHaveLength(1);
    expect(await db.records.get(local ?? '')).toBeUndefined();
    for (const id of synced) {
      expect(await db.records.get(id)).toMatchObject({ deleted: 1, pending: 1, updatedBy: 'Issa' });
    }
  });

  it.each([
    ['a full disk', () => diskFull()],
    [
      'a full disk wrapped in an AbortError',
      () => Object.assign(new DOMException('Aborted', 'AbortError'), { inner: diskFull() }),
    ],
  ])('leaves the deployment and every entry as they were on %s', async (_, error) => {
    const { ids } = await deploymentWithLog();
    const before = await db.records.bulkGet(ids);
    const bulkDelete = db.records.bulkDelete.bind(db.records);
    // The tombstones are written, then removing the unsynced entry fails: all of it is undone.
    vi.spyOn(db.records, 'bulkDelete').mockImplementation((async (keys: string[]) => {
      await bulkDelete(keys);
      throw error();
    }) as unknown as typeof bulkDelete);
    const failure = deleteRecords(ids, 'Issa');
    await expect(failure).rejects.toBeTruthy();
    expect(isStorageFull(await failure.catch((reason: unknown) => reason))).toBe(true);
    vi.restoreAllMocks();
    expect(await db.records.bulkGet(ids)).toEqual(before);
  });
});
