// 1,000 records across two partnerships: pushed from one device (the coordinator may write
// both), pulled complete by a fresh device, and a second sync resumes from the checkpoint.
import { expect, it } from 'vitest';
import { databaseName } from '../../src/sync/naming';
import { createDevice, newPartnership, serverDocs } from './helpers/devices';

it('pushes 1,000 records across two partnerships and a fresh device pulls them all', async () => {
  const partnerships = [await newPartnership(), await newPartnership()];
  const writer = await createDevice('coordinator');
  const reader = await createDevice('coordinator');
  try {
    for (let i = 0; i < 1000; i++) {
      const pid = partnerships[i % 2] ?? '';
      await writer.create(
        i % 4 < 2 ? 'measure' : 'meeting',
        pid,
        i % 4 < 2 ? { title: `Maßnahme ${i}` } : {},
      );
    }
    const pushed = await writer.sync(partnerships);
    expect(pushed).toMatchObject({ pushed: 1000, rejected: 0, conflicts: 0, errors: [] });
    expect(await writer.repo.countPending()).toBe(0);
    // Batched: no request per document.
    const bulk = writer.faults.sent.filter((r) => r.url.endsWith('/_bulk_docs'));
    expect(bulk.length).toBeLessThanOrEqual(6);

    for (const pid of partnerships) {
      expect(await serverDocs(databaseName(pid))).toHaveLength(500);
    }

    const pulled = await reader.sync(partnerships);
    expect(pulled).toMatchObject({ pulled: 1000, pushed: 0, conflicts: 0, errors: [] });
    for (const pid of partnerships) {
      const records = await reader.repo.listPartnershipRecords(pid);
      expect(records).toHaveLength(500);
      expect(records.every((r) => r.ok)).toBe(true);
    }
    expect(await reader.db.records.count()).toBe(await writer.db.records.count());

    // Resumed from the checkpoint: nothing new to pull, on both devices.
    expect(await reader.sync(partnerships)).toMatchObject({ pulled: 0, pushed: 0, errors: [] });
    await writer.sync(partnerships);
    expect(await writer.sync(partnerships)).toMatchObject({ pulled: 0, pushed: 0, errors: [] });
  } finally {
    writer.close();
    reader.close();
  }
});
