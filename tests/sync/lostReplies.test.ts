// A connection that fails at every step of a sync — before a request is sent, after the server
// processed it but before the reply arrives, or in the middle of a reply — ends, after retries,
// with every record on the server exactly once and no false conflict.
import { describe, expect, it } from 'vitest';
import { databaseName } from '../../src/sync/naming';
import { createDevice, newPartnership, omit, serverDocs, type Device } from './helpers/devices';
import type { FaultMode } from './helpers/faultyFetch';

/**
 * One sync with its k-th request failing, then syncs without faults until one is clean.
 * Returns whether the fault happened (false: the sync needed fewer than k requests).
 */
async function syncFailingAt(device: Device, pid: string, k: number, mode: FaultMode) {
  const firedBefore = device.faults.fired();
  device.faults.failRequest(k, mode);
  const failed = await device.sync([pid]);
  device.faults.reset();
  const fired = device.faults.fired() > firedBefore;
  expect(failed.errors.map((e) => e.code)).toEqual(fired ? ['offline'] : []);
  let conflicts = failed.conflicts;
  const retry = await device.sync([pid]);
  expect(retry.errors).toEqual([]);
  conflicts += retry.conflicts;
  return { fired, conflicts };
}

async function expectServerMatches(device: Device, pid: string, expectedCount: number) {
  const docs = await serverDocs(databaseName(pid));
  expect(docs).toHaveLength(expectedCount);
  expect(new Set(docs.map((doc) => doc['_id'])).size).toBe(expectedCount);
  const local = await device.repo.listPartnershipRecords(pid);
  expect(local).toHaveLength(expectedCount);
  for (const doc of docs) {
    const loaded = await device.repo.getRecord(String(doc['_id']));
    expect(loaded?.ok, String(doc['_id'])).toBe(true);
    if (!loaded?.ok) continue;
    const fields = omit(loaded.record, ['id']);
    expect(doc).toMatchObject(fields);
    expect(loaded.sync).toMatchObject({ pending: false, conflict: null, rejection: null });
    expect((await device.db.records.get(loaded.id))?.rev).toBe(doc['_rev']);
  }
  expect(await device.repo.countPending()).toBe(0);
  expect(await device.repo.listConflicts()).toEqual([]);
}

/** A fresh partnership and devices; the expert's syncs fail at the k-th request. */
async function scenario(mode: FaultMode, k: number): Promise<boolean> {
  const pid = await newPartnership(['expert', 'partner']);
  const device = await createDevice('expert', { pullBatchSize: 4, pushBatchSize: 3 });
  const other = await createDevice('partner', { pullBatchSize: 4 });
  try {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push((await device.create('measure', pid, { title: `Maßnahme ${i}` })).id);
    }
    const first = await syncFailingAt(device, pid, k, mode);
    await expectServerMatches(device, pid, 8);

    // The partner's edit to pull, and changes, deletions and new records to push.
    clean(await other.sync([pid]));
    await other.edit(ids[0] ?? '', { description: 'Vom Partner ergänzt' });
    clean(await other.sync([pid]));
    for (const id of ids.slice(1, 4)) await device.edit(id, { title: `Geändert ${id}` });
    for (const id of ids.slice(4, 6)) await device.repo.deleteRecord(id, 'expert');
    for (let i = 0; i < 3; i++) await device.create('measure', pid, { title: `Neu ${i}` });
    const second = await syncFailingAt(device, pid, k, mode);
    await expectServerMatches(device, pid, 9);
    expect(first.conflicts + second.conflicts).toBe(0);
    const edited = await device.repo.getRecord(ids[0] ?? '');
    expect(edited?.ok && edited.record).toMatchObject({ description: 'Vom Partner ergänzt' });

    // The other device gets the same, without conflicts.
    clean(await other.sync([pid]));
    expect(await other.repo.listPartnershipRecords(pid)).toHaveLength(9);
    expect(await other.repo.listConflicts()).toEqual([]);
    return first.fired || second.fired;
  } finally {
    device.close();
    other.close();
  }
}

describe.each<FaultMode>(['beforeRequest', 'replyLost', 'brokenBody'])(
  'a connection failing at any step of a sync (%s)',
  (mode) => {
    it('ends with every record on the server exactly once and no false conflict', async () => {
      let steps = 0;
      while (await scenario(mode, steps + 1)) steps += 1;
      // At least: the first pull, then pushes of 8 records in batches of three.
      expect(steps).toBeGreaterThanOrEqual(4);
    });
  },
);

it('reads _changes again after a reply broke off in the middle, without skipping anything', async () => {
  const pid = await newPartnership(['expert', 'partner']);
  const writer = await createDevice('expert');
  const reader = await createDevice('partner', { pullBatchSize: 5 });
  try {
    for (let i = 0; i < 12; i++) await writer.create('measure', pid, { title: `M ${i}` });
    clean(await writer.sync([pid]));
    // The first batch arrives, the second breaks off half-way.
    reader.faults.failRequest(2, 'brokenBody');
    const failed = await reader.sync([pid]);
    expect(failed.errors.map((e) => e.code)).toEqual(['offline']);
    const partial = (await reader.repo.listPartnershipRecords(pid)).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(12);
    clean(await reader.sync([pid]));
    expect(await reader.repo.listPartnershipRecords(pid)).toHaveLength(12);
  } finally {
    writer.close();
    reader.close();
  }
});

function clean(report: { errors: unknown[] }) {
  expect(report.errors).toEqual([]);
}

describe('a change made after a push whose reply was lost', () => {
  it('an edit of a new record is pushed on top of it, without a conflict', async () => {
    const pid = await newPartnership(['expert']);
    const device = await createDevice('expert');
    try {
      const measure = await device.create('measure', pid, { title: 'Erste Fassung' });
      device.faults.failNext('replyLost', (r) => r.url.endsWith('/_bulk_docs'));
      expect((await device.sync([pid])).errors.map((e) => e.code)).toEqual(['offline']);
      await device.edit(measure.id, { title: 'Zweite Fassung' });
      const report = await device.sync([pid]);
      expect(report).toMatchObject({ conflicts: 0, pushed: 1, errors: [] });
      const docs = await serverDocs(databaseName(pid));
      expect(docs.map((doc) => [doc['_id'], doc['title']])).toEqual([
        [measure.id, 'Zweite Fassung'],
      ]);
      expect(await device.repo.countPending()).toBe(0);
    } finally {
      device.close();
    }
  });

  it('a deletion of what was sent goes ahead: the server has nothing the person has not seen', async () => {
    const pid = await newPartnership(['expert']);
    const device = await createDevice('expert');
    try {
      const measure = await device.create('measure', pid, { title: 'Erste Fassung' });
      clean(await device.sync([pid]));
      await device.edit(measure.id, { title: 'Geändert' });
      device.faults.failNext('replyLost', (r) => r.url.endsWith('/_bulk_docs'));
      expect((await device.sync([pid])).errors.map((e) => e.code)).toEqual(['offline']);
      await device.repo.deleteRecord(measure.id, 'expert');
      clean(await device.sync([pid]));
      expect(await serverDocs(databaseName(pid))).toEqual([]);
      expect(await device.db.records.count()).toBe(0);
    } finally {
      device.close();
    }
  });
});
