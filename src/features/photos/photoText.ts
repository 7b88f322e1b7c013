// Words about a photo that several screens share.
import type { TFunction } from 'i18next';
import type { Photo } from '../../domain';
import { targetSize, type Size } from './photoScaling';
import { THUMB_PHOTO_LIMITS } from '../../domain';

/** The alt text of a photo: its caption, else its place among the record's photos. */
export function photoAlt(t: TFunction, photo: Photo, index: number, count: number): string {
  return photo.caption.trim() || t('photos:alt.numbered', { n: index + 1, total: count });
}

/** The size a photo's thumbnail has. */
export function thumbSize(photo: Photo): Size {
  return targetSize(photo, THUMB_PHOTO_LIMITS.maxLongSide);
}
