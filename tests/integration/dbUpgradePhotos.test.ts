// Opening a device database of the sync version (schema v2) with the photo version (v3): every
// record, draft, setting and checkpoint survives, the photo table is there, and the photos of a
// log entry are found through the new `targetId` index.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createPhotoRepository, createRecordRepository, KlimapartnerDb } from '../../src/db';
import { storedRow } from '../helpers/fixtures';

/** The v2 stores exactly as the sync version of the app declared them. */
async function createV2Database(name: string, rows: Record<string, unknown>[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    records: 'id, type, partnershipId, [partnershipId+type], deploymentId, pending, conflicted',
    drafts: 'key, updatedAt',
    meta: 'key',
    checkpoints: 'key',
  });
  await v2.open();
  await v2.table('records').bulkPut(rows);
  await v2.table('drafts').put({
    key: 'logEntry:new:x',
    route: '/x',
    values: { title: 'Entwurf' },
    focus: null,
    updatedAt: '2024-03-01T08:00:00.000Z',
  });
  await v2.table('meta').put({ key: 'language', value: 'en' });
  await v2.table('checkpoints').put({ key: 'https://x/couch|kp-x', seq: '7-abc', updatedAt: '' });
  v2.close();
}

describe('upgrading the device database from v2 to v3', () => {
  it('keeps everything and adds the photo table and the targetId index', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    const partnership = storedRow('partnership');
    const pid = partnership.id;
    const entry = storedRow('logEntry', { partnershipId: pid, rev: '3-e', pending: 0 });
    const comment = storedRow('comment', { partnershipId: pid, targetId: entry.id });
    const conflicted = storedRow('measure', {
      partnershipId: pid,
      conflict: { remoteRev: '2-r', remote: null, fields: [], detectedAt: '' },
      conflicted: 1,
      rejection: null,
    });
    await createV2Database(name, [partnership, entry, comment, conflicted]);

    const upgraded = new KlimapartnerDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.records.count()).toBe(4);
    expect(await upgraded.records.get(entry.id)).toMatchObject({ rev: '3-e', pending: 0 });
    expect(await upgraded.drafts.get('logEntry:new:x')).toMatchObject({
      values: { title: 'Entwurf' },
    });
    expect(await upgraded.meta.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(await upgraded.checkpoints.get('https://x/couch|kp-x')).toMatchObject({ seq: '7-abc' });
    expect(await upgraded.photoFiles.count()).toBe(0);
    // The index covers the rows stored before the upgrade.
    expect(await upgraded.records.where('targetId').equals(entry.id).primaryKeys()).toEqual([
      comment.id,
    ]);
    expect(await createRecordRepository(upgraded).listConflicts()).toHaveLength(1);

    // Photos work on the upgraded database: one added to the old entry is listed with it.
    const photos = createPhotoRepository(upgraded);
    const added = await photos.addPhoto({
      targetId: entry.id,
      partnershipId: pid,
      full: {
        data: new Uint8Array([1, 2, 3]).buffer,
        contentType: 'image/jpeg',
        width: 4,
        height: 3,
      },
      thumb: { data: new Uint8Array([4]).buffer, contentType: 'image/jpeg' },
      takenAt: '2024-03-05T09:40:00.000Z',
      user: 'Anna',
      lang: 'de',
    });
    expect(added.ok).toBe(true);
    const listed = await photos.listPhotos(entry.id);
    expect(listed.map((item) => [item.photo.size, item.fullState, item.sync.pending])).toEqual([
      [3, 'stored', true],
    ]);
    upgraded.close();
  });
});
