// Opening a device database made by the first version of the app (schema v1, before sync):
// every record, draft and setting survives, rows get the new sync fields, the new indexes work.
import { describe, expect, it } from 'vitest';
import { createRecordRepository, KlimapartnerDb } from '../../src/db';
import { storedRow } from '../helpers/fixtures';

/** The v1 object stores and indexes exactly as Dexie created them (IndexedDB version 10). */
function createV1Database(name: string, rows: Record<string, unknown>[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      const idb = request.result;
      const records = idb.createObjectStore('records', { keyPath: 'id' });
      for (const index of ['type', 'partnershipId', 'deploymentId', 'targetId', 'status']) {
        records.createIndex(index, index);
      }
      for (const index of ['fieldOfAction', 'updatedAt', 'pending'])
        records.createIndex(index, index);
      records.createIndex('[partnershipId+type]', ['partnershipId', 'type']);
      records.createIndex('[type+updatedAt]', ['type', 'updatedAt']);
      records.createIndex('fieldsOfAction', 'fieldsOfAction', { multiEntry: true });
      idb.createObjectStore('drafts', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
      idb.createObjectStore('meta', { keyPath: 'key' });
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const tx = idb.transaction(['records', 'drafts', 'meta'], 'readwrite');
      for (const row of rows) tx.objectStore('records').put(row);
      tx.objectStore('drafts').put({
        key: 'measure:new:x',
        route: '/x',
        values: { title: 'Entwurf' },
        focus: null,
        updatedAt: '2024-03-01T08:00:00.000Z',
      });
      tx.objectStore('meta').put({ key: 'language', value: 'fr' });
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('upgrading the device database from v1 to v2', () => {
  it('keeps every row and gives it an empty sync state', async () => {
    const name = `upgrade-${Date.now()}`;
    const partnership = storedRow('partnership');
    const pid = partnership.id;
    const synced = storedRow('measure', {
      partnershipId: pid,
      rev: '2-abc',
      pending: 0,
      title: 'Alt',
    });
    synced['base'] = { ...synced, rev: undefined };
    const tombstone = storedRow('meeting', { partnershipId: pid, rev: '1-x', deleted: 1 });
    const broken = { ...storedRow('measure', { partnershipId: pid }), title: 42 };
    await createV1Database(name, [partnership, synced, tombstone, broken]);

    const upgraded = new KlimapartnerDb(name);
    await upgraded.open();
    // Opened by today's app: every later version (v3: photos) is applied on the way.
    expect(upgraded.verno).toBe(3);
    const rows = await upgraded.records.toArray();
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row).toMatchObject({ conflict: null, conflicted: 0, rejection: null });
    }
    expect(await upgraded.records.get(synced.id)).toMatchObject({
      title: 'Alt',
      rev: '2-abc',
      pending: 0,
      base: synced['base'],
    });
    expect(await upgraded.drafts.get('measure:new:x')).toMatchObject({
      values: { title: 'Entwurf' },
    });
    expect(await upgraded.meta.get('language')).toEqual({ key: 'language', value: 'fr' });
    expect(await upgraded.checkpoints.count()).toBe(0);

    // The repository reads the upgraded rows, broken ones as errors, and the new index works.
    const repo = createRecordRepository(upgraded);
    const measures = await repo.listRecords('measure', pid);
    expect(measures.map((m) => [m.id, m.ok]).sort()).toEqual(
      [
        [synced.id, true],
        [broken.id, false],
      ].sort(),
    );
    const loaded = await repo.getRecord(synced.id);
    expect(loaded?.ok && loaded.sync).toEqual({
      pending: false,
      synced: true,
      conflict: null,
      rejection: null,
    });
    expect(await repo.getRecord(tombstone.id)).toBeUndefined();
    expect(await repo.listConflicts()).toEqual([]);
    expect(await repo.countPending()).toBe(3);
    upgraded.close();
  });
});
