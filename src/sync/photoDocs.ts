// A photo as a CouchDB document: the record with its two images as attachments, `full` and
// `thumb`. A new document carries them inline (base64) so the document and its images arrive in
// one request or not at all. An update names the images the server has as stubs (`stub: true`
// with the digest the server gave them: CouchDB finds a stub by its name, PouchDB by its digest),
// since CouchDB drops every attachment an update leaves out; an image whose digest this device
// does not know yet (its own upload, before the next pull) is sent inline again instead.
import { PHOTO_PARTS, type PhotoPart } from '../domain';
import type { PhotoBytes, PushCandidate, StoredPhotoFile } from '../db';
import { docToPush } from './couchDocs';

type AttachmentOut =
  | { content_type: string; data: string }
  | { stub: true; content_type?: string; length?: number; digest?: string };

/** Base64 of bytes, in slices (String.fromCharCode of a whole image would overflow the stack). */
export function bytesToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

function inline(bytes: PhotoBytes): AttachmentOut {
  return { content_type: bytes.contentType, data: bytesToBase64(bytes.data) };
}

/** One image of a photo in the document: a stub for the server's, else inline; null: neither. */
function attachmentOf(
  part: PhotoPart,
  creates: boolean,
  files: StoredPhotoFile | undefined,
): AttachmentOut | null {
  const remote = creates ? undefined : files?.remote?.[part];
  if (remote?.digest) {
    const { contentType, length, digest } = remote;
    return { stub: true, content_type: contentType, length, digest };
  }
  const bytes = files?.[part];
  if (bytes) return inline(bytes);
  // The server has it (an update), only its digest is unknown: CouchDB finds it by name.
  return creates ? null : { stub: true };
}

/**
 * The document to push for a waiting photo (see docToPush), with its images: inline when the
 * push creates the document on the server, stubs otherwise (see above). Null when the images are
 * needed but not on this device (a photo this device never downloaded): it cannot be sent.
 */
export function photoDocToPush(
  candidate: PushCandidate,
  user: string,
  files: StoredPhotoFile | undefined,
): ReturnType<typeof docToPush> | null {
  const pushed = docToPush(candidate, user);
  const attachments = {} as Record<PhotoPart, AttachmentOut>;
  for (const part of PHOTO_PARTS) {
    const attachment = attachmentOf(part, candidate.creates, files);
    if (!attachment) return null;
    attachments[part] = attachment;
  }
  return { doc: { ...pushed.doc, _attachments: attachments }, sent: pushed.sent };
}
