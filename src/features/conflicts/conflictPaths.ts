// The URLs of the conflict screens. A record appears by its type and ULID, like elsewhere in the app.
import { idToParam, recordTypeOf } from '../../domain';

export const conflictPaths = {
  list: () => '/conflicts',
  record: (id: string) => `/conflicts/${recordTypeOf(id) ?? 'unknown'}/${idToParam(id)}`,
};
