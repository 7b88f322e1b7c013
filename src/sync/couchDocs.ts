// Between CouchDB documents and the local store's record form: a document is the record with
// `_id` = record id (no `id` field) and `_rev`; the record form has `id` and no `_` fields.
import type { PushCandidate, RecordRejection, RemoteAttachment, RemoteVersion } from '../db';
import type { AllDocsRow, BulkDocsResult, ChangeRow, CouchDoc } from './couchClient';

/** Design documents and local documents are not records. */
export function isRecordDocId(id: string): boolean {
  return !id.startsWith('_design/') && !id.startsWith('_local/');
}

/** The record of a document, as it came (malformed ones too: they show as broken records). */
export function recordOfDoc(doc: CouchDoc, id = doc._id): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key in doc) {
    if (key.charCodeAt(0) !== 95 /* _ */) record[key] = doc[key];
  }
  record['id'] = id;
  return record;
}

/** The attachments a document names (stubs: what they are, not their bytes); undefined: none. */
export function attachmentsOfDoc(doc: CouchDoc): Record<string, RemoteAttachment> | undefined {
  const stubs = doc['_attachments'];
  if (typeof stubs !== 'object' || stubs === null) return undefined;
  const attachments: Record<string, RemoteAttachment> = {};
  for (const [name, stub] of Object.entries(stubs as Record<string, unknown>)) {
    if (typeof stub !== 'object' || stub === null) continue;
    const { content_type, length, digest } = stub as Record<string, unknown>;
    if (typeof content_type !== 'string' || typeof length !== 'number') continue;
    attachments[name] = {
      contentType: content_type,
      length,
      digest: typeof digest === 'string' ? digest : null,
    };
  }
  return attachments;
}

/** The version a document is; `id` when the document came without a trustworthy `_id`. */
export function versionOfDoc(doc: CouchDoc, id = doc._id): RemoteVersion {
  const deleted = doc['_deleted'] === true;
  const version: RemoteVersion = {
    id,
    rev: doc._rev,
    deleted,
    record: deleted ? null : recordOfDoc(doc, id),
  };
  const attachments = deleted ? undefined : attachmentsOfDoc(doc);
  if (attachments) version.attachments = attachments;
  return version;
}

/** The version a change announces; undefined when its document is missing (fetch it). */
export function versionOfChange(change: ChangeRow): RemoteVersion | undefined {
  const rev = change.changes[0]?.rev;
  if (change.deleted === true && typeof rev === 'string') {
    return { id: change.id, rev, deleted: true, record: null };
  }
  const doc = change.doc;
  if (typeof doc !== 'object' || doc === null || typeof doc._rev !== 'string') return undefined;
  return versionOfDoc(doc, change.id);
}

/** The version an `_all_docs` row shows (deleted documents have no doc, only `value.deleted`). */
export function versionOfRow(row: AllDocsRow): RemoteVersion | undefined {
  if (row.doc && typeof row.doc._rev === 'string') return versionOfDoc(row.doc);
  if (row.value?.deleted === true && typeof row.value.rev === 'string') {
    return { id: row.key, rev: row.value.rev, deleted: true, record: null };
  }
  return undefined;
}

/** The revisions that lost against the winner on the server (`_conflicts`). */
export function conflictRevs(change: ChangeRow): string[] {
  const revs = change.doc?.['_conflicts'];
  return Array.isArray(revs) ? revs.filter((rev): rev is string => typeof rev === 'string') : [];
}

/**
 * The document to push for a row, stamped with the signed-in user (`updatedBy`, and `createdBy`
 * when the push creates the document, as validate_doc_update requires), and what it sends in
 * record form (null for a deletion).
 */
export function docToPush(
  candidate: PushCandidate,
  user: string,
): { doc: Record<string, unknown>; sent: Record<string, unknown> | null } {
  const rev = candidate.rev === null ? {} : { _rev: candidate.rev };
  if (candidate.deleted) {
    const partnershipId = candidate.record['partnershipId'];
    return {
      doc: {
        _id: candidate.id,
        ...rev,
        _deleted: true,
        ...(typeof partnershipId === 'string' ? { partnershipId } : {}),
        updatedBy: user,
      },
      sent: null,
    };
  }
  const sent = {
    ...candidate.record,
    updatedBy: user,
    ...(candidate.creates ? { createdBy: user } : {}),
  };
  const body: Record<string, unknown> = { ...sent };
  delete body['id'];
  return { doc: { _id: candidate.id, ...rev, ...body }, sent };
}

/** What a refused document's result says, for the record's rejection. */
export function rejectionOf(
  result: Extract<BulkDocsResult, { error: string }>,
): Omit<RecordRejection, 'at'> {
  const reason = typeof result.reason === 'string' ? result.reason : '';
  if (result.error === 'forbidden') {
    const code = /^([a-z_]+):/.exec(reason)?.[1];
    return { code: code ?? 'forbidden', reason };
  }
  return { code: 'unknown', reason: `${result.error}: ${reason}` };
}
