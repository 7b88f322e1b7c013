// Three-way merge of two versions of a record against their common ancestor (the base): what one
// side changed and the other did not is taken; what both changed differently is a conflict for a
// person. Lists merge item by item (items with an `id`, or plain codes such as fields of action),
// so two people adding different items both keep theirs. Pure; used by sync for concurrent edits.

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
/** CouchDB's own keys (`_id`, `_rev`, `_conflicts` …) are server bookkeeping, never content. */
const isServerKey = (key: string) => key.startsWith('_');

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  // A key holding `undefined` and a missing key mean the same: IndexedDB and JSON drop either.
  const aKeys = Object.keys(a).filter((key) => (a as Fields)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Fields)[key] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) => deepEqual((a as Fields)[key], (b as Fields)[key]))
  );
}

function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The identity of a list item: an object by its `id`, a code or number by itself. */
function itemKey(item: unknown): string | undefined {
  if (typeof item === 'string') return `s:${item}`;
  if (typeof item === 'number') return `n:${item}`;
  if (isPlainObject(item) && typeof item.id === 'string') return `i:${item.id}`;
  return undefined;
}

interface KeyedList {
  keys: string[];
  items: Map<string, unknown>;
}

/** The list with each item's identity, or undefined when items lack one or share one. */
function keyedList(value: unknown): KeyedList | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = new Map<string, unknown>();
  for (const item of value) {
    const key = itemKey(item);
    if (key === undefined || items.has(key)) return undefined;
    items.set(key, item);
  }
  return { keys: [...items.keys()], items };
}

interface Merged {
  value: unknown;
  conflict: boolean;
}

function mergeValue(base: unknown, local: unknown, remote: unknown): Merged {
  if (deepEqual(local, remote)) return { value: local, conflict: false };
  if (deepEqual(base, local)) return { value: remote, conflict: false };
  if (deepEqual(base, remote)) return { value: local, conflict: false };
  return mergeLists(base, local, remote) ?? { value: local, conflict: true };
}

/**
 * Merge lists item by item: items added on either side are kept, an item deleted on one side and
 * unchanged on the other goes, an item changed on both sides merges field by field. An item
 * deleted on one side and changed on the other, or fields changed differently, make the whole
 * list a conflict. Undefined when the values are not lists of identifiable items.
 */
function mergeLists(base: unknown, local: unknown, remote: unknown): Merged | undefined {
  const l = keyedList(local);
  const r = keyedList(remote);
  const b = base === undefined || base === null ? keyedList([]) : keyedList(base);
  if (!l || !r || !b) return undefined;
  const kept = new Map<string, unknown>();
  let conflict = false;

  for (const key of new Set([...l.keys, ...r.keys])) {
    const baseItem = b.items.get(key);
    const localItem = l.items.get(key);
    const remoteItem = r.items.get(key);
    if (l.items.has(key) && r.items.has(key)) {
      if (isPlainObject(localItem) && isPlainObject(remoteItem)) {
        const result = mergeObject(
          isPlainObject(baseItem) ? baseItem : null,
          localItem,
          remoteItem,
        );
        if (result.conflicts.length > 0) conflict = true;
        kept.set(key, result.merged);
      } else {
        kept.set(key, localItem); // equal codes: the same key is the same value
      }
    } else {
      // On one side only: added there, or deleted on the other side — then kept only if it was
      // changed since, and flagged, because an edit must never vanish unseen.
      const item = l.items.has(key) ? localItem : remoteItem;
      if (!b.items.has(key)) kept.set(key, item);
      else if (!deepEqual(baseItem, item)) {
        kept.set(key, item);
        conflict = true;
      }
    }
  }

  const order = mergeOrder(b.keys, l.keys, r.keys, kept);
  return {
    value: order.keys.map((key) => kept.get(key)),
    conflict: conflict || order.conflict,
  };
}

/**
 * The merged order: the order of the side that moved items (the local one when neither or both
 * did), with the other side's additions placed after the item they follow there. Both sides
 * moving the same items differently is a conflict.
 */
function mergeOrder(
  base: string[],
  local: string[],
  remote: string[],
  kept: Map<string, unknown>,
): { keys: string[]; conflict: boolean } {
  const inAll = new Set(base.filter((key) => local.includes(key) && remote.includes(key)));
  const common = (keys: string[]) => keys.filter((key) => inAll.has(key));
  const localMoved = !deepEqual(common(local), common(base));
  const remoteMoved = !deepEqual(common(remote), common(base));
  const conflict = localMoved && remoteMoved && !deepEqual(common(local), common(remote));
  const [primary, secondary] = remoteMoved && !localMoved ? [remote, local] : [local, remote];

  const order = primary.filter((key) => kept.has(key));
  secondary.forEach((key, index) => {
    if (order.includes(key) || !kept.has(key)) return;
    let at = 0;
    for (let before = index - 1; before >= 0; before -= 1) {
      const position = order.indexOf(secondary[before] as string);
      if (position >= 0) {
        at = position + 1;
        break;
      }
    }
    order.splice(at, 0, key);
  });
  return { keys: order, conflict };
}

function mergeObject(base: Fields | null, local: Fields, remote: Fields): MergeResult {
  const merged: Fields = {};
  const conflicts: FieldConflict[] = [];
  for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const b = base?.[key];
    const l = local[key];
    const r = remote[key];
    // Without a common ancestor there is no telling which side changed: any difference is a conflict.
    const result = base === null ? { value: l, conflict: !deepEqual(l, r) } : mergeValue(b, l, r);
    if (result.conflict) conflicts.push({ field: key, base: b, local: l, remote: r });
    const value = result.conflict ? l : result.value;
    if (value !== undefined) merged[key] = value;
  }
  return { merged, conflicts };
}

/** A record's content: without author, fixed and server keys, which merge by their own rules. */
function content(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([key]) => !AUTHOR_FIELDS.has(key) && !FIXED_FIELDS.has(key) && !isServerKey(key),
    ),
  );
}

/**
 * Merge the local and remote versions of a record against the last version both agreed on
 * (`base`, null when there is none). Author fields take the later change; fixed fields take the
 * server's; CouchDB's `_` keys are left out. Conflicted fields keep the local value in `merged`
 * and are listed in `conflicts`.
 */
export function mergeRecords(base: Fields | null, local: Fields, remote: Fields): MergeResult {
  const result = mergeObject(base === null ? null : content(base), content(local), content(remote));
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
