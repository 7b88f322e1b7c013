// @ts-check
// validate_doc_update of a partnership database (design document `_design/klimapartner`).
//
// CouchDB runs this function for every write to the database (also the replicator's writes).
// designDoc.mjs reads this file as text, takes the function from `function validateDocUpdate`
// to the end, drops the name and replaces the placeholder below with the database's partnership
// id, so every database carries its own partnership baked into the source. Keep it ES5 (CouchDB's
// JavaScript engine may be old): `var`, no arrow functions, no template strings, no
// startsWith/includes, no let/const.
//
// A rejection throws {forbidden: '<code>: <English reason>'}; CouchDB answers 403 with
// {"error":"forbidden","reason":"<code>: <English reason>"} and the app maps the code to a
// translated message. Codes (see server/couch/README.md): invalid_type, wrong_partnership,
// wrong_author, review_not_allowed.

/**
 * @param {Record<string, unknown>} newDoc the document as it would be stored
 * @param {Record<string, unknown> | null} oldDoc the current revision, null for a new document
 * @param {{ name: string | null, roles: string[] }} userCtx the signed-in user
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- stored as text in the design doc
function validateDocUpdate(newDoc, oldDoc, userCtx) {
  var PARTNERSHIP_ID = '__KLIMAPARTNER_PARTNERSHIP_ID__';
  var TYPES = [
    'partnership',
    'deployment',
    'logEntry',
    'meeting',
    'measure',
    'programme',
    'comment',
  ];
  var DEFAULT_REVIEW_STATE = 'unreviewed';

  /**
   * @param {unknown[]} list
   * @param {unknown} value
   */
  function contains(list, value) {
    for (var i = 0; i < list.length; i++) {
      if (list[i] === value) return true;
    }
    return false;
  }

  /**
   * @param {unknown} text
   * @param {string} prefix
   */
  function startsWith(text, prefix) {
    return typeof text === 'string' && text.substring(0, prefix.length) === prefix;
  }

  /**
   * @param {string} code
   * @param {string} reason
   * @returns {never}
   */
  function reject(code, reason) {
    throw { forbidden: code + ': ' + reason };
  }

  /** @param {Record<string, unknown> | null} doc */
  function reviewStateOf(doc) {
    if (!doc || doc._deleted === true || doc.reviewState === undefined) {
      return DEFAULT_REVIEW_STATE;
    }
    return doc.reviewState;
  }

  var name = userCtx && typeof userCtx.name === 'string' ? userCtx.name : null;
  var roles = userCtx && userCtx.roles ? userCtx.roles : [];
  var isAdmin = contains(roles, '_admin');
  var isCoordinator = contains(roles, 'coordinator');
  var id = newDoc._id;

  // Design documents belong to the provisioning (CouchDB lets only admins write them anyway).
  if (startsWith(id, '_design/')) {
    if (isAdmin) return;
    reject('invalid_type', 'only administrators may change design documents.');
  }

  // A deletion (tombstone) usually carries only _id, _rev and _deleted; what it does carry must
  // still be right. Members may delete records; CouchDB's _security keeps everyone else out.
  if (newDoc._deleted === true) {
    if (newDoc.partnershipId !== undefined && newDoc.partnershipId !== PARTNERSHIP_ID) {
      reject('wrong_partnership', 'the document belongs to another partnership.');
    }
    if (!isAdmin && newDoc.updatedBy !== undefined && newDoc.updatedBy !== name) {
      reject('wrong_author', 'updatedBy must be the signed-in user.');
    }
    return;
  }

  var type = newDoc.type;
  if (typeof type !== 'string' || !contains(TYPES, type)) {
    reject('invalid_type', 'the document has no valid type.');
  }
  if (!startsWith(id, type + ':') || String(id).length === type.length + 1) {
    reject('invalid_type', 'the document id must start with "' + type + ':".');
  }

  if (newDoc.partnershipId !== PARTNERSHIP_ID) {
    reject('wrong_partnership', 'the document belongs to another partnership than this database.');
  }
  if (type === 'partnership' && id !== PARTNERSHIP_ID) {
    reject('wrong_partnership', 'this database holds only its own partnership record.');
  }

  var isNew = !oldDoc || oldDoc._deleted === true;
  if (!isAdmin) {
    if (name === null || newDoc.updatedBy !== name) {
      reject('wrong_author', 'updatedBy must be the signed-in user.');
    }
    if (isNew && newDoc.createdBy !== name) {
      reject('wrong_author', 'createdBy of a new document must be the signed-in user.');
    }
    if (
      !isNew &&
      oldDoc &&
      oldDoc.createdBy !== undefined &&
      newDoc.createdBy !== oldDoc.createdBy
    ) {
      reject('wrong_author', 'createdBy of a document cannot change.');
    }
  }

  if (
    reviewStateOf(newDoc) !== reviewStateOf(isNew ? null : oldDoc) &&
    !isCoordinator &&
    !isAdmin
  ) {
    reject('review_not_allowed', 'only coordinators may change the review state.');
  }
}
