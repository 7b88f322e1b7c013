// A write that fails inside the repository's transaction (a full disk) leaves the stored data as it
// was: no half-written record, no lost older version, and the caller hears about it.
import { describe, expect, it, vi } from 'vitest';
import { countPending, db, deleteRecord, saveRecord, type StoredRow } from '../../src/db';
import { completeFields, minimalFields, savePartnership, saveValid } from '../helpers/fixtures';

const diskFull = () => new DOMException('The disk is full.', 'QuotaExceededError');

/** Make every put on the records table fail, optionally after it has written inside the transaction. */
function failPuts(afterWriting: boolean) {
  const put = db.records.put.bind(db.records);
  const failing = async (row: StoredRow) => {
    if (afterWriting) await put(row);
    throw diskFull();
  };
  // Dexie's own promise type is not needed for the repository, which only awaits the put.
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
