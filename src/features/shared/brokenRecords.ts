// The broken records of a loaded list (the counterpart of db's validRecords), to show in place.
import type { LoadedRecord } from '../../db';

export type BrokenLoaded<T extends object> = Extract<LoadedRecord<T>, { ok: false }>;

export function brokenRecords<T extends object>(
  list: readonly LoadedRecord<T>[],
): BrokenLoaded<T>[] {
  return list.flatMap((item) => (item.ok ? [] : [item]));
}
