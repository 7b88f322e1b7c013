// The partnership's name ("Town – Partner town") for the context line above a measure screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { getRecord } from '../../db';
import { recordTitle } from '../../domain';

/** Undefined while loading, or when the partnership is missing or damaged. */
export function usePartnershipTitle(partnershipId: string): string | undefined {
  return useLiveQuery(async () => {
    const loaded = await getRecord(partnershipId);
    return loaded?.ok ? recordTitle(loaded.record) : undefined;
  }, [partnershipId]);
}
