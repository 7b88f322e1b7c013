// The "records changed on this device" event the sync engine listens to: fired after a write
// has committed (save, delete, conflict resolution), not for invalid input or sync's own writes.
import { afterEach, expect, it } from 'vitest';
import {
  KlimapartnerDb,
  createRecordRepository,
  onLocalChange,
  type LocalChange,
} from '../../src/db';
import { newRecordId } from '../../src/domain';
import { minimalFields } from '../helpers/fixtures';
import { fieldsOf } from './helpers/devices';

const db = new KlimapartnerDb(`local-changes-${Date.now()}`);
const repo = createRecordRepository(db);
const seen: LocalChange[] = [];
const stop = onLocalChange((change) => seen.push(change));

afterEach(() => {
  seen.length = 0;
});

it('tells listeners about saves, deletions and resolutions once they are stored', async () => {
  const pid = newRecordId('partnership');
  const saved = await repo.saveRecord({
    type: 'measure',
    partnershipId: pid,
    fields: minimalFields('measure'),
    user: 'expert',
    lang: 'de',
  });
  if (!saved.ok) throw new Error('invalid');
  expect(seen).toEqual([{ database: db.name, ids: [saved.value.id] }]);
  // The listener sees the change already stored.
  expect(await db.records.get(saved.value.id)).toBeDefined();

  const invalid = await repo.saveRecord({
    type: 'measure',
    partnershipId: pid,
    fields: minimalFields('measure', { title: ' ' }),
    user: 'expert',
    lang: 'de',
  });
  expect(invalid.ok).toBe(false);
  expect(seen).toHaveLength(1);

  await db.records.update(saved.value.id, {
    rev: '1-a',
    pending: 1,
    conflicted: 1,
    conflict: { remoteRev: '2-b', remote: null, fields: [], detectedAt: new Date().toISOString() },
  });
  const fields = fieldsOf(saved.value);
  expect((await repo.resolveConflict(saved.value.id, fields, 'expert')).ok).toBe(true);
  expect(await db.records.get(saved.value.id)).toMatchObject({
    rev: '2-b',
    base: null,
    pending: 1,
    conflict: null,
    conflicted: 0,
  });
  await repo.deleteRecord(saved.value.id, 'expert');
  expect(seen.map((change) => change.ids)).toEqual([
    [saved.value.id],
    [saved.value.id],
    [saved.value.id],
  ]);

  stop();
  await repo.deleteRecord(newRecordId('measure'), 'expert');
  expect(seen).toHaveLength(3);
});
