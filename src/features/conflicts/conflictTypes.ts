// The conflict kept on a record by sync (see src/db), as the conflict screens use it.
import type { RecordSyncState } from '../../db';

export type RecordConflict = NonNullable<RecordSyncState['conflict']>;
export type RecordRejection = NonNullable<RecordSyncState['rejection']>;

/** The distinct fields of a conflict, in the order sync found them. */
export function conflictedFields(conflict: RecordConflict): string[] {
  return [...new Set(conflict.fields.map((field) => field.field))];
}
