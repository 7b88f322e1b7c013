// Record ids: `<type>:<ULID>`, made on the device so that a retried upload can never duplicate a record.
import { monotonicFactory } from 'ulid';

export const RECORD_TYPES = [
  'partnership',
  'deployment',
  'logEntry',
  'meeting',
  'measure',
  'programme',
  'comment',
  'photo',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

const nextUlid = monotonicFactory();

/** A new id for a record of the given type. */
export function newRecordId(type: RecordType): string {
  return `${type}:${nextUlid()}`;
}

/** A new id for an item inside a record (a follow-up, an indicator …). */
export function newItemId(): string {
  return nextUlid();
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function isRecordId(value: unknown, type?: RecordType): value is string {
  if (typeof value !== 'string') return false;
  const [prefix, ulid, ...rest] = value.split(':');
  if (rest.length > 0 || ulid === undefined || !ULID.test(ulid)) return false;
  return type ? prefix === type : (RECORD_TYPES as readonly string[]).includes(prefix ?? '');
}

export function recordTypeOf(id: string): RecordType | undefined {
  const prefix = id.split(':')[0] ?? '';
  return (RECORD_TYPES as readonly string[]).includes(prefix) ? (prefix as RecordType) : undefined;
}

/** The ULID part of an id, used in URLs. */
export function idToParam(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export function paramToId(type: RecordType, param: string): string {
  return `${type}:${param}`;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of a partnership's action programme for one phase, the same on every device: two
 * people who start the programme offline create one record (merged on sync), not two.
 */
export function programmeIdFor(partnershipId: string, phase: number): string {
  const ulid = partnershipId.slice(partnershipId.indexOf(':') + 1);
  const n = Math.max(0, Math.min(1023, Math.trunc(phase)));
  // Mix the phase into the last two characters (10 bits): for one phase this maps partnerships
  // one to one, and for one partnership each phase to its own id.
  const tail = (CROCKFORD.indexOf(ulid.charAt(24)) * 32 + CROCKFORD.indexOf(ulid.charAt(25))) ^ n;
  return `programme:${ulid.slice(0, 24)}${CROCKFORD.charAt(tail >> 5)}${CROCKFORD.charAt(tail & 31)}`;
}
