// One meeting of a partnership, kept up to date: undefined while loading, null when there is none.
import { useLiveQuery } from 'dexie-react-hooks';
import { getRecord, type LoadedRecord } from '../../db';
import type { Meeting } from '../../domain';

export function useMeeting(
  partnershipId: string,
  meetingId: string,
): LoadedRecord<Meeting> | null | undefined {
  return useLiveQuery(async () => {
    const loaded = await getRecord<Meeting>(meetingId);
    if (!loaded) return null;
    // An id from the URL may name a record of another kind or partnership: not this screen's.
    if (
      loaded.ok &&
      (loaded.record.type !== 'meeting' || loaded.record.partnershipId !== partnershipId)
    ) {
      return null;
    }
    return loaded;
  }, [partnershipId, meetingId]);
}
