import { useLiveQuery } from 'dexie-react-hooks';
import { listAllRecords } from '../../db';
import { recordTitle } from '../../domain';

/** The titles of the partnerships on the device by id, to name them in messages. */
export function usePartnershipNames(): ReadonlyMap<string, string> {
  const names = useLiveQuery(async () => {
    const list = await listAllRecords('partnership');
    return new Map(list.flatMap((item) => (item.ok ? [[item.id, recordTitle(item.record)]] : [])));
  }, []);
  return names ?? new Map<string, string>();
}
