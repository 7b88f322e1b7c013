// One record read live from the device, for a screen that names it in its URL: undefined while
// loading; null when there is no such record of this type (or not in the given partnership);
// otherwise the record, valid or broken (a broken one is shown, never hidden).
import { useLiveQuery } from 'dexie-react-hooks';
import { getRecord, type LoadedRecord } from '../../db';
import type { RecordOf, RecordType } from '../../domain';

/** Whether a record is of the type (and partnership) asked for; a broken one by its raw fields. */
function belongs(
  loaded: LoadedRecord<object>,
  type: RecordType,
  partnershipId: string | undefined,
): boolean {
  const fields = (loaded.ok ? loaded.record : loaded.raw) as { partnershipId?: unknown } | null;
  const recordType = loaded.ok ? (loaded.record as { type?: unknown }).type : loaded.type;
  // An id from the URL may name a record of another kind or partnership: not this screen's.
  return (
    recordType === type && (partnershipId === undefined || fields?.partnershipId === partnershipId)
  );
}

export function useLoadedRecord<T extends RecordType>(
  type: T,
  id: string | undefined,
  partnershipId?: string,
): LoadedRecord<RecordOf<T>> | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const loaded = await getRecord<RecordOf<T>>(id);
    return loaded && belongs(loaded, type, partnershipId) ? loaded : null;
  }, [type, id, partnershipId]);
}
