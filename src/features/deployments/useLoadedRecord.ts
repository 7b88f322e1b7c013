// One record, live from IndexedDB: undefined while loading, null when there is no such record.
import { useLiveQuery } from 'dexie-react-hooks';
import { getRecord, type LoadedRecord } from '../../db';
import type { RecordOf, RecordType } from '../../domain';

export function useLoadedRecord<T extends RecordType>(
  type: T,
  id: string,
): LoadedRecord<RecordOf<T>> | null | undefined {
  return useLiveQuery(async () => {
    const loaded = await getRecord<RecordOf<T>>(id);
    // A record of another type under this id is as good as missing for this screen.
    if (!loaded || (loaded.ok ? loaded.record.type !== type : loaded.type !== type)) return null;
    return loaded;
  }, [type, id]);
}
