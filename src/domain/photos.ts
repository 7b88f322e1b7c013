// Photos: what a photo may belong to, the names of its two images on the server, and the limits
// the device scales them to before they are stored. Shared by db (storage), sync (attachments)
// and the photo feature (capture); the server's validate_doc_update knows the same names.
import { recordTypeOf, type RecordType } from './ids';

/** The record types a photo can be attached to. */
export const PHOTO_TARGET_TYPES = ['logEntry', 'meeting'] as const satisfies readonly RecordType[];
export type PhotoTargetType = (typeof PHOTO_TARGET_TYPES)[number];

/** The two images of a photo: the scaled picture and its thumbnail (CouchDB attachment names). */
export const PHOTO_PARTS = ['full', 'thumb'] as const;
export type PhotoPart = (typeof PHOTO_PARTS)[number];

/** The content types a stored photo may have (the device always makes JPEG). */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export interface PhotoLimits {
  /** The longest side in pixels. */
  maxLongSide: number;
  /** The most bytes the encoded image may take. */
  maxBytes: number;
}

/** The picture as it is stored and synced: long side ≤ 1600 px, about 300 kB at most. */
export const FULL_PHOTO_LIMITS: PhotoLimits = { maxLongSide: 1600, maxBytes: 300_000 };
/** The thumbnail shown in lists: long side ≤ 320 px, about 20 kB. */
export const THUMB_PHOTO_LIMITS: PhotoLimits = { maxLongSide: 320, maxBytes: 20_000 };

/** Whether photos can be attached to records with this id. */
export function isPhotoTargetId(id: string): boolean {
  return (PHOTO_TARGET_TYPES as readonly (RecordType | undefined)[]).includes(recordTypeOf(id));
}
