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
// wrong_author, review_not_allowed, invalid_attachment.

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
    'photo',
  ];
  // A photo's images: the picture and its thumbnail, the only attachments a record may carry.
  var PHOTO_ATTACHMENTS = ['full', 'thumb'];
  // Far above what the app sends (about 300 kB per picture): keeps the database from filling up.
  var MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
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

  checkAttachments(type, newDoc._attachments);

  /**
   * A photo carries exactly its two images, and nothing else carries attachments. An update names
   * the images the server has as stubs; new ones must be images of a sane size.
   * @param {string} docType
   * @param {unknown} attachments
   */
  function checkAttachments(docType, attachments) {
    var names = [];
    if (attachments !== undefined && attachments !== null) {
      if (typeof attachments !== 'object') {
        reject('invalid_attachment', '_attachments must be an object.');
      }
      var given = /** @type {Record<string, unknown>} */ (attachments);
      for (var key in given) {
        if (Object.prototype.hasOwnProperty.call(given, key)) names.push(key);
      }
    }
    if (docType !== 'photo') {
      if (names.length > 0) reject('invalid_attachment', 'only photos may carry attachments.');
      return;
    }
    if (names.length !== PHOTO_ATTACHMENTS.length) {
      reject('invalid_attachment', 'a photo carries exactly its "full" and "thumb" images.');
    }
    var all = /** @type {Record<string, unknown>} */ (attachments);
    for (var i = 0; i < names.length; i++) {
      var part = String(names[i]);
      if (!contains(PHOTO_ATTACHMENTS, part)) {
        reject('invalid_attachment', 'a photo carries exactly its "full" and "thumb" images.');
      }
      var attachment = /** @type {Record<string, unknown>} */ (all[part]);
      if (typeof attachment !== 'object' || attachment === null) {
        reject('invalid_attachment', 'an attachment must be an object.');
      }
      if (attachment.stub === true) continue;
      if (!startsWith(attachment.content_type, 'image/')) {
        reject('invalid_attachment', 'the images of a photo must be images (image/…).');
      }
      // CouchDB describes a new attachment by its length; PouchDB passes its base64 data.
      var size =
        typeof attachment.length === 'number'
          ? attachment.length
          : typeof attachment.data === 'string'
            ? Math.floor((attachment.data.length * 3) / 4)
            : 0;
      if (size > MAX_ATTACHMENT_BYTES) {
        reject('invalid_attachment', 'an image may take at most 5 MiB.');
      }
    }
  }
}
