// From a picked or taken file to what is stored: the picture scaled to the photo limits and a
// thumbnail, both JPEG, as bytes. A file that is not an image, or one the browser cannot read
// (e.g. HEIC outside Safari), is a PhotoInputError the screen explains.
import { FULL_PHOTO_LIMITS, THUMB_PHOTO_LIMITS, type PhotoLimits } from '../../domain';
import type { ImageProcessor } from './imageProcessor';
import { encodeWithinLimits, type EncodedImage } from './photoScaling';

export type PhotoInputProblem = 'notAnImage' | 'undecodable';

export class PhotoInputError extends Error {
  readonly problem: PhotoInputProblem;
  constructor(problem: PhotoInputProblem, options?: ErrorOptions) {
    super(problem === 'notAnImage' ? 'not an image file' : 'image cannot be decoded', options);
    this.name = 'PhotoInputError';
    this.problem = problem;
  }
}

export interface PreparedImage {
  data: ArrayBuffer;
  contentType: string;
  width: number;
  height: number;
}

export interface PreparedPhoto {
  full: PreparedImage;
  thumb: PreparedImage;
}

async function bytesOf(image: EncodedImage): Promise<PreparedImage> {
  return {
    data: await image.blob.arrayBuffer(),
    contentType: image.blob.type || 'image/jpeg',
    width: image.width,
    height: image.height,
  };
}

/** Scale a file into the stored picture and its thumbnail. */
export async function preparePhoto(
  file: Blob,
  processor: ImageProcessor,
  limits: { full: PhotoLimits; thumb: PhotoLimits } = {
    full: FULL_PHOTO_LIMITS,
    thumb: THUMB_PHOTO_LIMITS,
  },
): Promise<PreparedPhoto> {
  // An empty type is common (some pickers, some formats): let the decoder decide then.
  if (file.type !== '' && !file.type.startsWith('image/')) throw new PhotoInputError('notAnImage');
  let decoded;
  try {
    decoded = await processor.decode(file);
  } catch (error) {
    throw new PhotoInputError(file.type === '' ? 'notAnImage' : 'undecodable', { cause: error });
  }
  try {
    const full = await encodeWithinLimits(decoded, limits.full, decoded.encode);
    // The thumbnail from the decoded original, not from the JPEG: one loss of quality, not two.
    const thumb = await encodeWithinLimits(decoded, limits.thumb, decoded.encode);
    return { full: await bytesOf(full), thumb: await bytesOf(thumb) };
  } finally {
    decoded.close();
  }
}
