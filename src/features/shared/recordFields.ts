// The editable fields of a stored record (the record minus its meta), as a form or a save takes them.
import { fieldNames, type FieldsInput, type RecordOf, type RecordType } from '../../domain';

export function recordFields<T extends RecordType>(type: T, record: RecordOf<T>): FieldsInput<T> {
  const source = record as unknown as Record<string, unknown>;
  return Object.fromEntries(fieldNames(type).map((name) => [name, source[name]])) as FieldsInput<T>;
}
