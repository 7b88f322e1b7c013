import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { readSession, type StoredSession } from '../../sync/session';

/**
 * The session kept on this device, live (also when another tab signs in or out): null when
 * signed out, undefined while it is being read.
 */
export function useStoredSession(): StoredSession | null | undefined {
  return useLiveQuery(() => readSession(db), []);
}
