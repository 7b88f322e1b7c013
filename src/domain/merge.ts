// Three-way merge of two versions of a record against their common ancestor (the base): what one
// side changed and the other did not is taken; what both changed differently is a conflict for a
// person. Lists of items with ids (follow-ups, indicators …) merge item by item, so two people
// adding different items both keep theirs. Pure; used by sync for concurrent edits.

/** A plain JSON-like record or sub-object. */
export type Fields = Record<string, unknown>;

/** One field both sides changed differently; `local` is kept in the merged record until resolved. */
export interface FieldConflict {
  field: string;
  base: unknown;
  local: unknown;
  remote: unknown;
}

export interface MergeResult {
  merged: Fields;
  conflicts: FieldConflict[];
}

/** Fields every record has that are not a person's content. */
const AUTHOR_FIELDS = new Set(['updatedAt', 'updatedBy']);
/** Fields that never change after creation; the remote (server) value is authoritative. */
const FIXED_FIELDS = new Set(['id', 'type', 'partnershipId', 'createdAt', 'createdBy']);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const aKeys = Object.keys(a).filter((key) => (a as Fields)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Fields)[key] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) => deepEqual((a as Fields)[key], (b as Fields)[key]))
  );
}

type Item = Fields & { id: string };

function isItemList(value: unknown): value is Item[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' && item !== null && typeof (item as Fields).id === 'string',
    )
  );
}

/** Merge one value; `undefined` result with `conflict` true means both changed it differently. */
function mergeValue(
  base: unknown,
  local: unknown,
  remote: unknown,
): { value: unknown; conflict: boolean } {
  if (deepEqual(local, remote)) return { value: local, conflict: false };
  if (deepEqual(base, local)) return { value: remote, conflict: false };
  if (deepEqual(base, remote)) return { value: local, conflict: false };
  const lists =
    [local, remote].every(isItemList) && (base === undefined || base === null || isItemList(base));
  if (lists) return mergeItemLists((base ?? []) as Item[], local as Item[], remote as Item[]);
  return { value: local, conflict: true };
}

/**
 * Merge lists of items by id: items added on either side are kept, an item deleted on one side
 * and unchanged on the other goes, an item changed on both sides merges field by field.
 * Order: the local order, with items only the remote side has inserted after their remote
 * predecessor.
 */
function mergeItemLists(
  base: Item[],
  local: Item[],
  remote: Item[],
): { value: unknown; conflict: boolean } {
  const byId = (list: Item[]) => new Map(list.map((item) => [item.id, item]));
  const baseItems = byId(base);
  const localItems = byId(local);
  const remoteItems = byId(remote);
  const mergedItems = new Map<string, Item>();
  let conflict = false;

  const ids = new Set([...localItems.keys(), ...remoteItems.keys()]);
  for (const id of ids) {
    const b = baseItems.get(id);
    const l = localItems.get(id);
    const r = remoteItems.get(id);
    if (l && r) {
      const result = mergeObject(b ?? null, l, r);
      if (result.conflicts.length > 0) conflict = true;
      mergedItems.set(id, result.merged as Item);
    } else if (l && !r) {
      // Missing remotely: deleted there (keep only if changed here) or added here.
      if (!b) mergedItems.set(id, l);
      else if (!deepEqual(b, l)) {
        mergedItems.set(id, l);
        conflict = true;
      }
    } else if (r && !l) {
      if (!b) mergedItems.set(id, r);
      else if (!deepEqual(b, r)) {
        mergedItems.set(id, r);
        conflict = true;
      }
    }
  }

  const order: string[] = local.map((item) => item.id).filter((id) => mergedItems.has(id));
  remote.forEach((item, index) => {
    if (order.includes(item.id) || !mergedItems.has(item.id)) return;
    const predecessor = remote[index - 1]?.id;
    if (predecessor === undefined) order.unshift(item.id);
    else if (order.includes(predecessor)) order.splice(order.indexOf(predecessor) + 1, 0, item.id);
    else order.push(item.id);
  });
  const value = order.map((id) => mergedItems.get(id) as Item);
  return { value, conflict };
}

function mergeObject(base: Fields | null, local: Fields, remote: Fields): MergeResult {
  const merged: Fields = {};
  const conflicts: FieldConflict[] = [];
  const keys = new Set([...Object.keys(local), ...Object.keys(remote)]);
  for (const key of keys) {
    const b = base?.[key];
    const l = local[key];
    const r = remote[key];
    const result = mergeValue(base === null ? undefined : b, l, r);
    // Without a common ancestor there is no telling which side changed: any difference is a conflict.
    const conflict = base === null ? !deepEqual(l, r) : result.conflict;
    if (conflict) conflicts.push({ field: key, base: b, local: l, remote: r });
    const value = conflict ? l : result.value;
    if (value !== undefined) merged[key] = value;
  }
  return { merged, conflicts };
}

/**
 * Merge the local and remote versions of a record against the last version both agreed on
 * (`base`, null when there is none). Author fields take the later change; fixed fields take the
 * server's. Conflicted fields keep the local value in `merged` and are listed in `conflicts`.
 */
export function mergeRecords(base: Fields | null, local: Fields, remote: Fields): MergeResult {
  const content = (fields: Fields | null) =>
    fields === null
      ? null
      : Object.fromEntries(
          Object.entries(fields).filter(
            ([key]) => !AUTHOR_FIELDS.has(key) && !FIXED_FIELDS.has(key),
          ),
        );
  const result = mergeObject(content(base), content(local) ?? {}, content(remote) ?? {});
  const localNewer = String(local.updatedAt ?? '') >= String(remote.updatedAt ?? '');
  const author = localNewer ? local : remote;
  const merged: Fields = { ...result.merged };
  for (const key of FIXED_FIELDS) {
    const value = remote[key] ?? local[key];
    if (value !== undefined) merged[key] = value;
  }
  for (const key of AUTHOR_FIELDS) {
    if (author[key] !== undefined) merged[key] = author[key];
  }
  return { merged, conflicts: result.conflicts };
}
