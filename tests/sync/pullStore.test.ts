// What a pull stores: malformed server documents are kept and listed as broken records (the sync
// goes on), the checkpoint is written in the same transaction as the records, and conflicts the
// server itself holds are handed to a person without losing either version.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkpointKey } from '../../src/db';
import { newRecordId, type Measure } from '../../src/domain';
import { databaseName } from '../../src/sync/naming';
import { minimalFields } from '../helpers/fixtures';
import { admin, createDevice, fieldsOf, newPartnership, type Device } from './helpers/devices';

let expert: Device;
let partner: Device;

beforeEach(async () => {
  expert = await createDevice('expert', { pullBatchSize: 5 });
  partner = await createDevice('partner');
});

afterEach(() => {
  expert.close();
  partner.close();
});

describe('malformed server data', () => {
  it('is stored and listed as a broken record, and the sync does not stop', async () => {
    const pid = await newPartnership(['expert', 'partner']);
    const db = databaseName(pid);
    const good = await partner.create('measure', pid, { title: 'In Ordnung' });
    expect((await partner.sync([pid])).errors).toEqual([]);
    // Written by the admin past the app: wrong types and missing fields.
    const broken = {
      _id: 'measure:01JBRKEN000000000000000001',
      type: 'measure',
      partnershipId: pid,
      title: 42,
      status: { not: 'a status' },
    };
    const bare = { _id: 'meeting:01JBRKEN000000000000000002', type: 'meeting', partnershipId: pid };
    const reply = await admin().request('POST', `/${db}/_bulk_docs`, { docs: [broken, bare] });
    expect(reply.body.map((r: { ok?: boolean }) => r.ok)).toEqual([true, true]);

    const report = await expert.sync([pid]);
    expect(report.errors).toEqual([]);
    expect(report.pulled).toBe(3);
    const measures = await expert.repo.listRecords('measure', pid);
    expect(measures.map((m) => [m.id, m.ok]).sort()).toEqual(
      [
        [broken._id, false],
        [good.id, true],
      ].sort(),
    );
    const everything = await expert.repo.listPartnershipRecords(pid);
    expect(everything.find((r) => r.id === bare._id)).toMatchObject({ ok: false, type: 'meeting' });
    const row = await expert.db.records.get(broken._id);
    expect(row).toMatchObject({ title: 42, status: { not: 'a status' }, pending: 0 });
    // A later sync has nothing more to do and still no error.
    expect(await expert.sync([pid])).toMatchObject({ pulled: 0, pushed: 0, errors: [] });
  });
});

describe('the checkpoint', () => {
  it('does not advance when storing a pulled batch fails', async () => {
    const pid = await newPartnership(['expert', 'partner']);
    for (let i = 0; i < 12; i++) await partner.create('measure', pid, { title: `M ${i}` });
    expect((await partner.sync([pid])).errors).toEqual([]);

    const key = checkpointKey(expert.client.baseUrl, databaseName(pid));
    const bulkPut = expert.db.records.bulkPut.bind(expert.db.records);
    let calls = 0;
    const spy = vi.spyOn(expert.db.records, 'bulkPut').mockImplementation((async (
      ...args: Parameters<typeof bulkPut>
    ) => {
      calls += 1;
      // The second batch is written, then the disk is full: the transaction is undone.
      await bulkPut(...args);
      if (calls === 2) throw new DOMException('The disk is full.', 'QuotaExceededError');
    }) as unknown as typeof bulkPut);
    const failed = await expert.sync([pid]);
    spy.mockRestore();
    expect(failed.errors.map((e) => e.code)).toEqual(['quota']);

    // Only the first batch (the design document and 4 records) is stored, with its checkpoint.
    const stored = await expert.db.records.count();
    expect(stored).toBe(4);
    const checkpoint = await expert.db.checkpoints.get(key);
    const changes = await admin().request('GET', `/${databaseName(pid)}/_changes?limit=5`);
    expect(checkpoint?.seq).toEqual(changes.body.last_seq);

    const retried = await expert.sync([pid]);
    expect(retried).toMatchObject({ pulled: 8, errors: [] });
    expect(await expert.db.records.count()).toBe(12);
  });
});

describe('a conflict the server holds', () => {
  it('becomes a conflict for a person on the device, and the losing revision goes', async () => {
    const pid = await newPartnership(['expert', 'partner']);
    const db = databaseName(pid);
    const id = newRecordId('measure');
    const now = new Date().toISOString();
    // Two servers replicated different versions of the same record (new_edits: false).
    const version = (title: string, rev: string) => ({
      _id: id,
      _rev: rev,
      ...minimalFields('measure'),
      title,
      type: 'measure',
      partnershipId: pid,
      createdAt: now,
      createdBy: 'partner',
      updatedAt: now,
      updatedBy: 'partner',
    });
    const written = await admin().request('POST', `/${db}/_bulk_docs`, {
      new_edits: false,
      docs: [
        version('Titel A', '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
        version('Titel B', '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),
      ],
    });
    expect(written.status).toBe(201);
    const docPath = `/${db}/${encodeURIComponent(id)}?conflicts=true`;
    expect((await admin().request('GET', docPath)).body._conflicts).toHaveLength(1);

    const report = await expert.sync([pid]);
    expect(report.errors).toEqual([]);
    expect(report.conflicts).toBe(1);
    const loaded = await expert.repo.getRecord<Measure>(id);
    if (!loaded?.ok) throw new Error('missing');
    const titles = [loaded.record.title, loaded.sync.conflict?.remote?.['title']].sort();
    expect(titles).toEqual(['Titel A', 'Titel B']);
    expect(loaded.sync.conflict?.fields.map((f) => f.field)).toEqual(['title']);
    // Both versions are on the device now: the server keeps only the winner.
    expect((await admin().request('GET', docPath)).body._conflicts).toBeUndefined();

    const fields = fieldsOf(loaded.record);
    const resolved = await expert.repo.resolveConflict(
      id,
      { ...fields, title: 'Titel A+B' },
      'expert',
    );
    expect(resolved.ok).toBe(true);
    expect((await expert.sync([pid])).errors).toEqual([]);
    expect((await partner.sync([pid])).errors).toEqual([]);
    const seen = await partner.repo.getRecord<Measure>(id);
    expect(seen?.ok && seen.record.title).toBe('Titel A+B');
    expect((await expert.db.records.get(id))?.pending).toBe(0);
  });
});
