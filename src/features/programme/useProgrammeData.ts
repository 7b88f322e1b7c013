import { useLiveQuery } from 'dexie-react-hooks';
import { getRecord, listRecords } from '../../db';
import type { Partnership } from '../../domain';

/** The partnership, its programmes and its measures, live; undefined while loading, null = not found. */
export function useProgrammeData(partnershipId: string) {
  const partnership = useLiveQuery(
    async () => (await getRecord<Partnership>(partnershipId)) ?? null,
    [partnershipId],
  );
  const programmes = useLiveQuery(() => listRecords('programme', partnershipId), [partnershipId]);
  const measures = useLiveQuery(() => listRecords('measure', partnershipId), [partnershipId]);
  return { partnership, programmes, measures };
}
