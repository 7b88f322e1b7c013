// How many records on this device wait for a person to settle a conflict, live.
import { useLiveQuery } from 'dexie-react-hooks';
import { countConflicts } from '../../db';

/** The number of records with an open conflict (0 while loading), updated as it changes. */
export function useOpenConflictCount(): number {
  return useLiveQuery(() => countConflicts(), []) ?? 0;
}
