// Two devices (expert and partner, both members of the demo partnership) edit the same record
// offline and sync in both orders: different fields merge, the same field becomes a conflict for
// a person (and its resolution reaches both), and an edit always beats a delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain';
import { databaseName } from '../../src/sync/naming';
import { admin, createDevice, DEMO_PID, fieldsOf, type Device } from './helpers/devices';

const DEMO_DB = databaseName(DEMO_PID);

let expert: Device;
let partner: Device;

beforeEach(async () => {
  expert = await createDevice('expert');
  partner = await createDevice('partner');
});

afterEach(() => {
  expert.close();
  partner.close();
});

const clean = (report: { errors: unknown[] }) => expect(report.errors).toEqual([]);

/** A measure both devices have, synced. */
async function sharedMeasure(): Promise<string> {
  const measure = await expert.create('measure', DEMO_PID, {
    title: 'Radwege',
    description: 'Erste Fassung',
  });
  clean(await expert.sync());
  clean(await partner.sync());
  expect((await partner.repo.getRecord(measure.id))?.ok).toBe(true);
  return measure.id;
}

async function fields(device: Device, id: string) {
  const loaded = await device.repo.getRecord<Measure>(id);
  if (!loaded?.ok) throw new Error(`${device.user}: ${id} missing or broken`);
  return loaded;
}

describe.each([
  ['expert first', () => [expert, partner] as const],
  ['partner first', () => [partner, expert] as const],
])('two devices, %s', (_order, devices) => {
  it('merges changes to different fields on both devices after both synced twice', async () => {
    const id = await sharedMeasure();
    await expert.edit(id, { title: 'Radwege am Fluss' });
    await partner.edit(id, { description: 'Mit Beleuchtung' });
    const [first, second] = devices();
    for (let round = 0; round < 2; round++) {
      clean(await first.sync());
      clean(await second.sync());
    }
    for (const device of [expert, partner]) {
      const loaded = await fields(device, id);
      expect(loaded.record).toMatchObject({
        title: 'Radwege am Fluss',
        description: 'Mit Beleuchtung',
      });
      expect(loaded.sync).toMatchObject({ pending: false, conflict: null });
    }
    expect(
      (await expert.repo.listConflicts()).length + (await partner.repo.listConflicts()).length,
    ).toBe(0);
  });

  it('keeps a same-field change as a conflict, and the resolution reaches both devices', async () => {
    const id = await sharedMeasure();
    await expert.edit(id, { title: 'Titel vom Experten' });
    await partner.edit(id, { title: 'Titel der Partnerin' });
    const [first, second] = devices();
    clean(await first.sync());
    const report = await second.sync();
    clean(report);
    expect(report.conflicts).toBe(1);

    const loaded = await fields(second, id);
    const ownTitle = second === expert ? 'Titel vom Experten' : 'Titel der Partnerin';
    const otherTitle = second === expert ? 'Titel der Partnerin' : 'Titel vom Experten';
    expect(loaded.record.title).toBe(ownTitle);
    expect(loaded.sync.conflict?.remote).toMatchObject({ title: otherTitle });
    expect(loaded.sync.conflict?.fields.map((f) => f.field)).toEqual(['title']);
    expect((await second.repo.listConflicts()).map((c) => c.id)).toEqual([id]);

    // Not pushed while in conflict.
    clean(await second.sync());
    expect((await fields(second, id)).sync.conflict).not.toBeNull();

    const resolved = await second.repo.resolveConflict(
      id,
      { ...fieldsOf(loaded.record), title: 'Gemeinsamer Titel' },
      second.user,
    );
    expect(resolved.ok).toBe(true);
    clean(await second.sync());
    clean(await first.sync());
    for (const device of [expert, partner]) {
      const after = await fields(device, id);
      expect(after.record.title).toBe('Gemeinsamer Titel');
      expect(after.sync).toMatchObject({ pending: false, conflict: null });
    }
  });

  it("keeps the other side's changes to other fields when a conflict is resolved", async () => {
    const id = await sharedMeasure();
    const [first, second] = devices();
    await first.edit(id, { title: 'Titel von zuerst', description: 'Neue Beschreibung' });
    await second.edit(id, { title: 'Titel von danach' });
    clean(await first.sync());
    clean(await second.sync());

    const loaded = await fields(second, id);
    expect(loaded.sync.conflict?.fields.map((f) => f.field)).toEqual(['title']);
    // What merged cleanly is already there while the conflict waits for a person.
    expect(loaded.record).toMatchObject({
      title: 'Titel von danach',
      description: 'Neue Beschreibung',
    });
    const resolved = await second.repo.resolveConflict(id, fieldsOf(loaded.record), second.user);
    expect(resolved.ok).toBe(true);
    clean(await second.sync());
    clean(await first.sync());
    for (const device of [expert, partner]) {
      expect((await fields(device, id)).record).toMatchObject({
        title: 'Titel von danach',
        description: 'Neue Beschreibung',
      });
    }
  });
});

describe.each([
  ['the expert deletes, the partner edits', () => [expert, partner] as const],
  ['the partner deletes, the expert edits', () => [partner, expert] as const],
])('delete vs edit: %s', (_case, roles) => {
  it.each(['deleting device syncs first', 'editing device syncs first'])(
    'the edit survives on both devices (%s)',
    async (order) => {
      const id = await sharedMeasure();
      const [deleter, editor] = roles();
      await deleter.repo.deleteRecord(id, deleter.user);
      await editor.edit(id, { title: 'Noch gebraucht' });
      const sequence =
        order === 'deleting device syncs first' ? [deleter, editor] : [editor, deleter];
      for (let round = 0; round < 2; round++) {
        for (const device of sequence) clean(await device.sync());
      }
      for (const device of [expert, partner]) {
        const after = await fields(device, id);
        expect(after.record.title).toBe('Noch gebraucht');
        expect(after.sync).toMatchObject({ pending: false, conflict: null });
      }
      const onServer = await admin().request('GET', `/${DEMO_DB}/${encodeURIComponent(id)}`);
      expect(onServer.body).toMatchObject({ title: 'Noch gebraucht' });
    },
  );
});
