import { useLiveQuery } from 'dexie-react-hooks';
import { listRecords } from '../../db';
import { useLoadedRecord } from '../shared/useLoadedRecord';

/** The partnership, its programmes and its measures, live; undefined while loading, null = not found. */
export function useProgrammeData(partnershipId: string) {
  const partnership = useLoadedRecord('partnership', partnershipId);
  const programmes = useLiveQuery(() => listRecords('programme', partnershipId), [partnershipId]);
  const measures = useLiveQuery(() => listRecords('measure', partnershipId), [partnershipId]);
  return { partnership, programmes, measures };
}
