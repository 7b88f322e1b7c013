// @ts-check
// The design document of a partnership database: `_design/klimapartner` with the
// validate_doc_update function (validateDocUpdate.js, read as text) and the partnership id.
import { readFileSync } from 'node:fs';
import { isPartnershipId } from './naming.mjs';

/** The id of the design document that carries the validation. */
export const DESIGN_DOC_ID = '_design/klimapartner';

/** The codes at the start of a rejection's reason (`<code>: <English reason>`). */
export const REJECTION_CODES = Object.freeze([
  'invalid_type',
  'wrong_partnership',
  'wrong_author',
  'review_not_allowed',
  'invalid_attachment',
]);

const PLACEHOLDER = '__KLIMAPARTNER_PARTNERSHIP_ID__';
const FUNCTION_START = 'function validateDocUpdate(';

/** The function's text as it is in validateDocUpdate.js, from `function` to the end. */
const template = (() => {
  const text = readFileSync(new URL('./validateDocUpdate.js', import.meta.url), 'utf8');
  const start = text.indexOf(FUNCTION_START);
  if (start === -1 || !text.includes(`'${PLACEHOLDER}'`)) {
    throw new Error('validateDocUpdate.js: function or partnership placeholder not found');
  }
  return `function (${text.slice(start + FUNCTION_START.length).trim()}\n`;
})();

/**
 * The validate_doc_update source for one partnership's database: an anonymous ES5 function with
 * the partnership id baked in.
 * @param {string} partnershipId `partnership:<ULID>`
 * @returns {string}
 */
export function validateDocUpdateSource(partnershipId) {
  if (!isPartnershipId(partnershipId)) {
    throw new TypeError(`Not a partnership id: ${JSON.stringify(partnershipId)}`);
  }
  // The id is checked above: letters, digits and a colon only, safe inside quotes.
  return template.replace(`'${PLACEHOLDER}'`, `'${partnershipId}'`);
}

/**
 * @typedef {object} DesignDocument
 * @property {string} _id
 * @property {string} [_rev]
 * @property {'javascript'} language
 * @property {string} partnershipId
 * @property {string} validate_doc_update
 */

/**
 * The design document of a partnership's database (without `_rev`).
 * @param {string} partnershipId `partnership:<ULID>`
 * @returns {DesignDocument}
 */
export function designDocument(partnershipId) {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    partnershipId,
    validate_doc_update: validateDocUpdateSource(partnershipId),
  };
}
