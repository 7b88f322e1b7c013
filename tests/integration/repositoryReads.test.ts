// Reading and deleting through the repository on a real IndexedDB (fake-indexeddb).
import { describe, expect, it } from 'vitest';
import {
  countPending,
  db,
  deleteRecord,
  getRecord,
  listAllRecords,
  listEveryRecord,
  listLogEntries,
  listPartnershipRecords,
  listRecords,
  validRecords,
} from '../../src/db';
import { newRecordId } from '../../src/domain';
import { savePartnership, saveValid, storedRow } from '../helpers/fixtures';

describe('deleting a record', () => {
  it('removes a record that never reached the server at once', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id);
    await deleteRecord(measure.id, 'Issa');
    expect(await db.records.get(measure.id)).toBeUndefined();
    expect(await getRecord(measure.id)).toBeUndefined();
  });

  it('leaves a pending tombstone of a synced record that reads no longer return', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id);
    await db.records.update(measure.id, { rev: '2-def', pending: 0 });
    await deleteRecord(measure.id, 'Issa');
    expect(await db.records.get(measure.id)).toMatchObject({
      deleted: 1,
      pending: 1,
      rev: '2-def',
      updatedBy: 'Issa',
    });
    expect(await getRecord(measure.id)).toBeUndefined();
    expect(await listRecords('measure', partnership.id)).toEqual([]);
    expect(await listAllRecords('measure')).toEqual([]);
    expect((await listEveryRecord()).map((item) => item.id)).toEqual([partnership.id]);
    expect(await countPending()).toBe(2);
  });

  it('does nothing for an id that is not there', async () => {
    await expect(deleteRecord(newRecordId('measure'), 'Anna')).resolves.toBeUndefined();
    expect(await db.records.count()).toBe(0);
  });
});

describe('reading records', () => {
  it('gets one record with its sync state', async () => {
    const partnership = await savePartnership();
    const meeting = await saveValid('meeting', partnership.id);
    expect(await getRecord(meeting.id)).toEqual({
      ok: true,
      id: meeting.id,
      record: meeting,
      sync: { pending: true, synced: false, conflict: null, rejection: null },
    });
    await db.records.update(meeting.id, { rev: '1-a', pending: 0 });
    expect(await getRecord(meeting.id)).toMatchObject({
      ok: true,
      sync: { pending: false, synced: true },
    });
  });

  it('lists records of one type and partnership only', async () => {
    const home = await savePartnership();
    const other = await savePartnership({ germanMunicipality: 'Andere Stadt' });
    const mine = await saveValid('measure', home.id);
    await saveValid('measure', other.id);
    await saveValid('meeting', home.id);
    const list = await listRecords('measure', home.id);
    expect(list.map((item) => item.id)).toEqual([mine.id]);
    expect((await listAllRecords('measure')).length).toBe(2);
    expect((await listPartnershipRecords(home.id)).map((item) => item.id).sort()).toEqual(
      [home.id, mine.id, (await listRecords('meeting', home.id))[0]?.id].sort(),
    );
  });

  it('returns broken rows as errors next to the valid ones, never dropping them', async () => {
    const partnership = await savePartnership();
    const valid = await saveValid('measure', partnership.id);
    const broken = storedRow('measure', { partnershipId: partnership.id, title: '', sdgs: [99] });
    const unreadable = storedRow('measure', { partnershipId: partnership.id, status: 'onHold' });
    await db.records.bulkPut([broken, unreadable]);

    const list = await listRecords('measure', partnership.id);
    expect(list).toHaveLength(3);
    const byId = new Map(list.map((item) => [item.id, item]));
    expect(byId.get(valid.id)?.ok).toBe(true);
    expect(byId.get(broken.id)).toEqual({
      ok: false,
      id: broken.id,
      type: 'measure',
      raw: broken,
      errors: [
        { path: 'title', key: 'validation:required' },
        { path: 'sdgs.0', key: 'validation:invalidChoice' },
      ],
    });
    expect(byId.get(unreadable.id)).toMatchObject({
      ok: false,
      errors: [{ path: 'status', key: 'validation:invalidChoice' }],
    });
    expect(validRecords(list)).toEqual([valid]);
    expect((await getRecord(broken.id))?.ok).toBe(false);
    expect((await listEveryRecord()).filter((item) => !item.ok)).toHaveLength(2);
  });

  it('survives a row from the server whose type is an inherited property name', async () => {
    const partnership = await savePartnership();
    const row = storedRow('measure', { partnershipId: partnership.id, type: 'constructor' });
    await db.records.put(row);
    const every = await listPartnershipRecords(partnership.id);
    expect(every.find((item) => item.id === row.id)).toMatchObject({
      ok: false,
      type: 'constructor',
      errors: [{ path: 'type', key: 'validation:unknownType' }],
    });
  });

  it('lists the log entries of one deployment', async () => {
    const partnership = await savePartnership();
    const deployment = await saveValid('deployment', partnership.id);
    const otherDeployment = await saveValid('deployment', partnership.id);
    const first = await saveValid('logEntry', partnership.id, { deploymentId: deployment.id });
    const second = await saveValid('logEntry', partnership.id, { deploymentId: deployment.id });
    await saveValid('logEntry', partnership.id, { deploymentId: otherDeployment.id });
    const gone = await saveValid('logEntry', partnership.id, { deploymentId: deployment.id });
    await deleteRecord(gone.id, 'Anna');

    const entries = await listLogEntries(deployment.id);
    expect(entries.map((item) => item.id).sort()).toEqual([first.id, second.id].sort());
    expect(entries.every((item) => item.ok)).toBe(true);
  });

  it('counts the changes that have not reached the server', async () => {
    expect(await countPending()).toBe(0);
    const partnership = await savePartnership();
    const a = await saveValid('measure', partnership.id);
    await saveValid('measure', partnership.id);
    expect(await countPending()).toBe(3);
    await db.records.update(a.id, { pending: 0, rev: '1-x' });
    await db.records.update(partnership.id, { pending: 0, rev: '1-y' });
    expect(await countPending()).toBe(1);
  });
});
