// Open conflicts: listing them, and a person's resolution, which becomes the next version to push
// on top of the server's revision.
import { validateFields, validateRecord, type AnyRecord, type Validated } from '../domain';
import type { KlimapartnerDb, StoredRow } from './database';
import { loadLive, type LoadedRecord } from './loading';
import { notifyLocalChange } from './localChanges';

/** Meta fields a conflict can be about besides the type's own fields. */
const RESOLVABLE_META = ['lang', 'reviewState'] as const;

export function createConflictRepository(database: KlimapartnerDb) {
  const { records } = database;

  /** Every live record with an open conflict (broken ones included, as errors). */
  async function listConflicts(): Promise<LoadedRecord[]> {
    return loadLive(await records.where('conflicted').equals(1).toArray());
  }

  function countConflicts(): Promise<number> {
    return records.where('conflicted').equals(1).count();
  }

  /**
   * Store a person's resolution of a conflict: `fields` are the type's fields as a form edits
   * them (plus `lang`/`reviewState` when the conflict was about them). The result is pushed on
   * top of the server's revision; the server's version becomes the base for later merges.
   */
  async function resolveConflict(
    id: string,
    fields: Record<string, unknown>,
    user: string,
  ): Promise<Validated<AnyRecord>> {
    const result = await database.transaction(
      'rw',
      records,
      async (): Promise<Validated<AnyRecord>> => {
        const existing = await records.get(id);
        if (!existing || existing.deleted === 1) {
          return { ok: false, errors: [{ path: '', key: 'validation:notARecord' }] };
        }
        const conflict = existing.conflict;
        if (!conflict) return { ok: false, errors: [{ path: '', key: 'validation:invalid' }] };
        const type = existing.type as AnyRecord['type'];
        const validated = validateFields(type, fields);
        if (!validated.ok) return validated;
        const meta: Record<string, unknown> = {};
        for (const key of RESOLVABLE_META) {
          meta[key] = typeof fields[key] === 'string' ? fields[key] : existing[key];
        }
        const full = validateRecord({
          id: existing.id,
          type: existing.type,
          partnershipId: existing.partnershipId,
          createdAt: existing.createdAt,
          createdBy: existing.createdBy,
          ...meta,
          updatedAt: new Date().toISOString(),
          updatedBy: user,
          ...validated.value,
        });
        if (!full.ok) return full;
        await records.put({
          ...(full.value as unknown as StoredRow),
          rev: conflict.remoteRev,
          // The server deleted it: no live version to merge against; the push recreates it.
          base: conflict.remote,
          pending: 1,
          deleted: 0,
          conflict: null,
          conflicted: 0,
          rejection: null,
        });
        return full;
      },
    );
    if (result.ok) notifyLocalChange({ database: database.name, ids: [id] });
    return result;
  }

  return { listConflicts, countConflicts, resolveConflict };
}
