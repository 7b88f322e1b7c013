// Conflicted records for the conflict screen tests: a record as last synced, changed on this
// device through the repository and on the server by someone else, merged with the real merge.
import { db, saveRecord, type StoredRow } from '../../src/db';
import { mergeRecords, type Fields, type Measure } from '../../src/domain';
import { saveValid, savePartnership } from '../helpers/fixtures';

export const REMOTE_REV = '2-remote';

/**
 * Write in an explicit transaction, as the repository does: Dexie's live-query cache then drops
 * what the write touches, instead of patching a cached list a screen of an earlier test left.
 */
function write(change: () => Promise<unknown>): Promise<unknown> {
  return db.transaction('rw', db.records, change);
}

const SYNC_KEYS = new Set([
  'rev',
  'base',
  'pending',
  'deleted',
  'conflict',
  'conflicted',
  'rejection',
]);

/** The record part of a stored row (without the sync meta). */
function recordOf(row: StoredRow): Fields {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SYNC_KEYS.has(key)));
}

/** Mark a saved record as synced in the state it is in now (rev 1, base = the record). */
export async function markSynced(id: string): Promise<Fields> {
  const row = await db.records.get(id);
  if (!row) throw new Error(`no row ${id}`);
  const record = recordOf(row);
  await write(() => db.records.update(id, { rev: '1-synced', base: record, pending: 0 }));
  return record;
}

/**
 * A measure that this device changed (`local`) while the server got `remote` changes; stored as
 * the sync contract says: the merged fields (local ones where they conflict), the conflict
 * attached, not pushed until resolved.
 */
export async function conflictedMeasure(local: Partial<Measure>, remote: Fields | null) {
  const partnership = await savePartnership({
    germanMunicipality: 'Musterstadt',
    partnerMunicipality: 'Kumasi',
  });
  const saved = await saveValid('measure', partnership.id, {
    title: 'Radwege',
    priority: 'medium',
  });
  const base = await markSynced(saved.id);
  const edited = await saveRecord({
    type: 'measure',
    id: saved.id,
    fields: { ...saved, ...local } as never,
    user: 'expert',
    lang: 'de',
  });
  if (!edited.ok) throw new Error(JSON.stringify(edited.errors));
  const remoteRecord =
    remote === null
      ? null
      : { ...base, ...remote, updatedAt: '2025-05-02T09:00:00.000Z', updatedBy: 'partner' };
  const merged = remoteRecord
    ? mergeRecords(base, edited.value as unknown as Fields, remoteRecord)
    : { merged: {}, conflicts: [] };
  await write(() =>
    db.records.update(saved.id, {
      ...merged.merged,
      conflict: {
        remoteRev: REMOTE_REV,
        remote: remoteRecord,
        fields: merged.conflicts,
        detectedAt: '2025-05-03T10:00:00.000Z',
      },
      conflicted: 1,
    }),
  );
  return { partnership, measure: edited.value, base, remote: remoteRecord };
}
