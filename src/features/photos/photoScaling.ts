// How big a photo becomes on the device: the pure part of scaling (no canvas), so it can be tested
// with a made-up encoder. The size is fitted into the long-side limit without ever enlarging;
// then the JPEG quality is lowered step by step, and when even the lowest quality is too big the
// size is reduced and the qualities tried again, until the image fits its byte budget.
import type { PhotoLimits } from '../../domain';

export interface Size {
  width: number;
  height: number;
}

/** The size an image of `source` size gets within `maxLongSide` (never larger than it is). */
export function targetSize(source: Size, maxLongSide: number): Size {
  const longSide = Math.max(source.width, source.height);
  if (longSide <= maxLongSide) return { width: source.width, height: source.height };
  const scale = maxLongSide / longSide;
  return {
    width: Math.max(1, Math.round(source.width * scale)),
    height: Math.max(1, Math.round(source.height * scale)),
  };
}

/** Encodes the image at a size and JPEG quality (0–1); the platform part (canvas). */
export type Encode = (size: Size, quality: number) => Promise<Blob>;

export interface EncodedImage extends Size {
  blob: Blob;
  quality: number;
}

export interface QualitySearch {
  /** JPEG qualities to try at each size, best first. */
  qualities: readonly number[];
  /** Each further size is the previous one times this. */
  shrink: number;
  /** Below this long side the search stops with the smallest result (it is tiny by then). */
  minLongSide: number;
}

export const DEFAULT_SEARCH: QualitySearch = {
  qualities: [0.85, 0.75, 0.65, 0.55],
  shrink: 0.8,
  minLongSide: 160,
};

/**
 * The best image within `limits`: the largest size up to the long-side limit, at the highest
 * quality that stays within the byte budget. When nothing fits before the size reaches
 * `minLongSide`, the last (smallest) attempt is returned.
 */
export async function encodeWithinLimits(
  source: Size,
  limits: PhotoLimits,
  encode: Encode,
  search: QualitySearch = DEFAULT_SEARCH,
): Promise<EncodedImage> {
  let size = targetSize(source, limits.maxLongSide);
  let last: EncodedImage | undefined;
  for (;;) {
    for (const quality of search.qualities) {
      const blob = await encode(size, quality);
      last = { ...size, blob, quality };
      if (blob.size <= limits.maxBytes) return last;
    }
    const longSide = Math.max(size.width, size.height);
    const smaller = targetSize(size, Math.floor(longSide * search.shrink));
    if (Math.max(smaller.width, smaller.height) < search.minLongSide || longSide <= 1) {
      if (!last) throw new Error('no JPEG qualities to try');
      return last;
    }
    size = smaller;
  }
}
