// The validate_doc_update function evaluated directly in Node, rule by rule, as CouchDB calls it:
// fun(newDoc, oldDoc, userCtx, secObj) with the design document as `this`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  designDocument,
  DESIGN_DOC_ID,
  REJECTION_CODES,
  validateDocUpdateSource,
} from '../../server/couch/designDoc.mjs';

const PID = 'partnership:01JDEM01000000000000000001';
const OTHER_PID = 'partnership:01JZZZZZ000000000000000001';

type Doc = Record<string, unknown>;
type UserCtx = { name: string | null; roles: string[] };
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: unknown) => void;

function compile(source: string): Validate {
  // The same thing CouchDB does with the stored text: evaluate it as a function expression.
  return new Function(`return (${source});`)() as Validate;
}

const validate = compile(validateDocUpdateSource(PID));
const ddoc = designDocument(PID);

const expert: UserCtx = { name: 'expert', roles: ['p-01JDEM01000000000000000001', 'expert'] };
const partner: UserCtx = { name: 'partner', roles: ['p-01JDEM01000000000000000001', 'partner'] };
const coordinator: UserCtx = { name: 'coordinator', roles: ['coordinator'] };
const admin: UserCtx = { name: 'admin', roles: ['_admin'] };

function doc(user: string, extra: Doc = {}): Doc {
  return {
    _id: 'measure:01JDEM05000000000000000001',
    type: 'measure',
    partnershipId: PID,
    createdBy: user,
    updatedBy: user,
    reviewState: 'unreviewed',
    title: 'Solar',
    ...extra,
  };
}

/** The rejection's reason, or undefined when the write is accepted. */
function outcome(newDoc: Doc, oldDoc: Doc | null, user: UserCtx): string | undefined {
  try {
    validate.call(ddoc, newDoc, oldDoc, user, {});
    return undefined;
  } catch (error) {
    const forbidden = (error as { forbidden?: unknown }).forbidden;
    if (typeof forbidden !== 'string') throw error;
    return forbidden;
  }
}

/** A copy of a document without one field. */
function without(d: Doc, key: string): Doc {
  return Object.fromEntries(Object.entries(d).filter(([k]) => k !== key));
}

function codeOf(newDoc: Doc, oldDoc: Doc | null, user: UserCtx): string | undefined {
  return outcome(newDoc, oldDoc, user)?.split(':')[0];
}

describe('validate_doc_update source', () => {
  it('is an anonymous ES5 function with the partnership id baked in', () => {
    const source = validateDocUpdateSource(PID);
    expect(source.startsWith('function (newDoc, oldDoc, userCtx)')).toBe(true);
    expect(source).toContain(`var PARTNERSHIP_ID = '${PID}';`);
    expect(source).not.toContain('__KLIMAPARTNER_PARTNERSHIP_ID__');
    // ES5 only: CouchDB's JavaScript engine may be old.
    const code = source.replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/=>|`|\blet\b|\bconst\b|\bclass\b|\.startsWith\(|\.includes\(/);
    // No trailing commas in calls or parameter lists (ES2017), which a formatter might add.
    expect(code).not.toMatch(/,\s*\)/);
  });

  it('lives in its own file, and the design document carries it with the partnership id', () => {
    const file = readFileSync(
      new URL('../../server/couch/validateDocUpdate.js', import.meta.url),
      'utf8',
    );
    expect(file).toContain('function validateDocUpdate(newDoc, oldDoc, userCtx)');
    expect(ddoc).toEqual({
      _id: DESIGN_DOC_ID,
      language: 'javascript',
      partnershipId: PID,
      validate_doc_update: validateDocUpdateSource(PID),
    });
  });

  it('refuses an invalid partnership id', () => {
    expect(() => validateDocUpdateSource('partnership:nope')).toThrow(TypeError);
  });

  it('uses only the documented codes', () => {
    expect(REJECTION_CODES).toEqual([
      'invalid_type',
      'wrong_partnership',
      'wrong_author',
      'review_not_allowed',
      'invalid_attachment',
    ]);
  });
});

describe('validate_doc_update rules', () => {
  it('accepts a valid new record by its author and an update by another member', () => {
    expect(outcome(doc('expert'), null, expert)).toBeUndefined();
    const stored: Doc = { ...doc('expert'), _rev: '1-a' };
    expect(outcome({ ...doc('expert'), updatedBy: 'partner' }, stored, partner)).toBeUndefined();
  });

  it('accepts every record type with a matching id', () => {
    for (const type of ['deployment', 'logEntry', 'meeting', 'measure', 'programme', 'comment']) {
      const d = doc('expert', { _id: `${type}:01JDEM0X000000000000000001`, type });
      expect(outcome(d, null, expert), type).toBeUndefined();
    }
    expect(outcome(doc('expert', { _id: PID, type: 'partnership' }), null, expert)).toBeUndefined();
  });

  it('invalid_type: missing or unknown type, or an id without the type prefix', () => {
    expect(codeOf(without(doc('expert'), 'type'), null, expert)).toBe('invalid_type');
    expect(codeOf(doc('expert', { type: 'note' }), null, expert)).toBe('invalid_type');
    expect(codeOf(doc('expert', { type: 'Measure' }), null, expert)).toBe('invalid_type');
    expect(codeOf(doc('expert', { _id: 'meeting:01JDEM04000000000000000001' }), null, expert)).toBe(
      'invalid_type',
    );
    expect(codeOf(doc('expert', { _id: 'measure:' }), null, expert)).toBe('invalid_type');
    expect(codeOf(doc('expert', { _id: 'some-id' }), null, expert)).toBe('invalid_type');
    expect(outcome(doc('expert', { type: 'note' }), null, expert)).toBe(
      'invalid_type: the document has no valid type.',
    );
  });

  it('invalid_type: design documents only from admins', () => {
    expect(codeOf({ _id: '_design/x', views: {} }, null, expert)).toBe('invalid_type');
    expect(outcome({ _id: '_design/x', views: {} }, null, admin)).toBeUndefined();
  });

  it('wrong_partnership: another, missing or malformed partnership id', () => {
    expect(codeOf(doc('expert', { partnershipId: OTHER_PID }), null, expert)).toBe(
      'wrong_partnership',
    );
    expect(codeOf(without(doc('expert'), 'partnershipId'), null, expert)).toBe('wrong_partnership');
    // Admins are held to it too.
    expect(codeOf(doc('admin', { partnershipId: OTHER_PID }), null, admin)).toBe(
      'wrong_partnership',
    );
    // Only the database's own partnership record.
    const foreignPartnership = doc('expert', {
      _id: OTHER_PID,
      type: 'partnership',
      partnershipId: PID,
    });
    expect(codeOf(foreignPartnership, null, expert)).toBe('wrong_partnership');
  });

  it('wrong_author: updatedBy or a new createdBy other than the session user', () => {
    expect(codeOf(doc('expert', { updatedBy: 'partner' }), null, expert)).toBe('wrong_author');
    expect(codeOf(doc('partner', { updatedBy: 'expert' }), null, expert)).toBe('wrong_author');
    expect(codeOf(without(doc('expert'), 'updatedBy'), null, expert)).toBe('wrong_author');
    expect(codeOf(doc('expert'), null, { name: null, roles: [] })).toBe('wrong_author');
  });

  it('wrong_author: createdBy cannot change on an update; a re-created document is new', () => {
    const stored: Doc = { ...doc('expert'), _rev: '1-a' };
    expect(codeOf({ ...doc('partner') }, stored, partner)).toBe('wrong_author');
    const tombstone = { _id: stored._id, _rev: '2-b', _deleted: true };
    expect(outcome(doc('partner'), tombstone, partner)).toBeUndefined();
  });

  it('admins may write on behalf of others', () => {
    expect(outcome(doc('expert'), null, admin)).toBeUndefined();
  });

  it('review_not_allowed: only coordinators change the review state', () => {
    const stored: Doc = { ...doc('expert'), _rev: '1-a' };
    const approvedByPartner = { ...doc('expert'), updatedBy: 'partner', reviewState: 'approved' };
    expect(codeOf(approvedByPartner, stored, partner)).toBe('review_not_allowed');
    const approvedByCoordinator = {
      ...doc('expert'),
      updatedBy: 'coordinator',
      reviewState: 'approved',
    };
    expect(outcome(approvedByCoordinator, stored, coordinator)).toBeUndefined();
    expect(outcome({ ...approvedByPartner, updatedBy: 'admin' }, stored, admin)).toBeUndefined();
    // A member editing an approved record keeps its state; resetting it is a change too.
    const approved = { ...stored, reviewState: 'approved' };
    expect(
      outcome({ ...doc('expert'), reviewState: 'approved', title: 'x' }, approved, expert),
    ).toBeUndefined();
    expect(codeOf({ ...doc('expert'), reviewState: 'unreviewed' }, approved, expert)).toBe(
      'review_not_allowed',
    );
  });

  it('review_not_allowed: a new record must start unreviewed unless a coordinator writes it', () => {
    expect(codeOf(doc('expert', { reviewState: 'approved' }), null, expert)).toBe(
      'review_not_allowed',
    );
    expect(outcome(without(doc('expert'), 'reviewState'), null, expert)).toBeUndefined();
    expect(
      outcome(doc('coordinator', { reviewState: 'changesRequested' }), null, coordinator),
    ).toBeUndefined();
  });

  it('deletions: members may delete; what a tombstone carries must be right', () => {
    const stored: Doc = { ...doc('expert'), _rev: '1-a' };
    const tombstone = { _id: stored._id, _rev: '1-a', _deleted: true };
    expect(outcome(tombstone, stored, partner)).toBeUndefined();
    expect(outcome({ ...tombstone, updatedBy: 'partner' }, stored, partner)).toBeUndefined();
    expect(codeOf({ ...tombstone, updatedBy: 'expert' }, stored, partner)).toBe('wrong_author');
    expect(codeOf({ ...tombstone, partnershipId: OTHER_PID }, stored, partner)).toBe(
      'wrong_partnership',
    );
  });

  it('the reason has the form "<code>: <English reason>"', () => {
    for (const reason of [
      outcome(doc('expert', { type: 'x' }), null, expert),
      outcome(doc('expert', { partnershipId: OTHER_PID }), null, expert),
      outcome(doc('expert', { updatedBy: 'x' }), null, expert),
      outcome(doc('expert', { reviewState: 'approved' }), null, expert),
    ]) {
      expect(reason).toMatch(
        /^(invalid_type|wrong_partnership|wrong_author|review_not_allowed): \S/,
      );
    }
  });
});
