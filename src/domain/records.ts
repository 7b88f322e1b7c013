// Record types and their validation. A record is its type's fields plus the meta every record carries.
import * as v from 'valibot';
import { isRecordId, type RecordType } from './ids';
import { FIELD_SCHEMAS, RecordMeta } from './schemas';

export type FieldsOf<T extends RecordType> = v.InferOutput<(typeof FIELD_SCHEMAS)[T]>;
/** What a form edits: the fields before defaults are applied. */
export type FieldsInput<T extends RecordType> = v.InferInput<(typeof FIELD_SCHEMAS)[T]>;

export type RecordMetaFields = v.InferOutput<v.ObjectSchema<typeof RecordMeta, undefined>>;

export type RecordOf<T extends RecordType> = RecordMetaFields & { type: T } & FieldsOf<T>;

export type Partnership = RecordOf<'partnership'>;
export type Deployment = RecordOf<'deployment'>;
export type LogEntry = RecordOf<'logEntry'>;
export type Meeting = RecordOf<'meeting'>;
export type Measure = RecordOf<'measure'>;
export type ActionProgramme = RecordOf<'programme'>;
export type Comment = RecordOf<'comment'>;
export type Photo = RecordOf<'photo'>;
export type AnyRecord = { [T in RecordType]: RecordOf<T> }[RecordType];

/** One problem with a value: where (dot path, e.g. `indicators.0.name`) and what (a translation key). */
export interface ValidationError {
  path: string;
  key: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

const metaSchema = v.object(RecordMeta);

/** A required key that is absent: valibot reports it with the object's message, not the field's. */
function isMissingKey(issue: v.BaseIssue<unknown>): boolean {
  return (
    issue.type === 'object' && issue.input === undefined && issue.path?.at(-1)?.origin === 'key'
  );
}

function toErrors(issues: readonly v.BaseIssue<unknown>[]): ValidationError[] {
  const errors = issues.map((issue) => ({
    path: (issue.path ?? []).map((p) => String(p.key)).join('.'),
    // Valibot falls back to an English sentence when a check has no message of ours.
    key: isMissingKey(issue)
      ? 'validation:required'
      : issue.message.startsWith('validation:')
        ? issue.message
        : 'validation:invalid',
  }));
  // Several checks of one pipe can fail with the same key (1989.5 is neither whole nor ≥ 1990):
  // a field shows each message once.
  return errors.filter(
    (error, index) =>
      errors.findIndex((other) => other.path === error.path && other.key === error.key) === index,
  );
}

/** Validate the editable fields of a record type. */
export function validateFields<T extends RecordType>(
  type: T,
  input: unknown,
): Validated<FieldsOf<T>> {
  const result = v.safeParse(FIELD_SCHEMAS[type], input);
  return result.success
    ? { ok: true, value: result.output as FieldsOf<T> }
    : { ok: false, errors: toErrors(result.issues) };
}

/**
 * Validate a whole stored record of any type: meta, type tag and fields. Unknown extra keys are
 * dropped, missing optional fields are filled with their defaults.
 */
export function validateRecord(raw: unknown): Validated<AnyRecord> {
  if (typeof raw !== 'object' || raw === null) {
    return { ok: false, errors: [{ path: '', key: 'validation:notARecord' }] };
  }
  const type = (raw as { type?: unknown }).type;
  // Own keys only: `'toString' in FIELD_SCHEMAS` is true and would crash the parse below.
  if (typeof type !== 'string' || !Object.hasOwn(FIELD_SCHEMAS, type)) {
    return { ok: false, errors: [{ path: 'type', key: 'validation:unknownType' }] };
  }
  const recordType = type as RecordType;
  const meta = v.safeParse(metaSchema, raw);
  const fields = v.safeParse(FIELD_SCHEMAS[recordType], raw);
  const errors = [
    ...(meta.success ? [] : toErrors(meta.issues)),
    ...(fields.success ? [] : toErrors(fields.issues)),
  ];
  const id = (raw as { id?: unknown }).id;
  if (!isRecordId(id, recordType)) errors.push({ path: 'id', key: 'validation:invalidReference' });
  if (recordType === 'partnership' && (raw as { partnershipId?: unknown }).partnershipId !== id) {
    errors.push({ path: 'partnershipId', key: 'validation:invalidReference' });
  }
  if (errors.length > 0 || !meta.success || !fields.success) return { ok: false, errors };
  return { ok: true, value: { ...meta.output, type: recordType, ...fields.output } as AnyRecord };
}

/** The names of a type's editable fields, in declaration order. */
export function fieldNames(type: RecordType): string[] {
  const schema = FIELD_SCHEMAS[type];
  const objectSchema = 'pipe' in schema ? schema.pipe[0] : schema;
  return Object.keys(objectSchema.entries);
}
