// Decoding and encoding images: the one platform part of taking a photo. The browser's version
// uses createImageBitmap (EXIF orientation applied, `imageOrientation: 'from-image'`) and an
// OffscreenCanvas (or a canvas element where there is none); tests put in their own through
// ImageProcessorContext, as jsdom has no canvas.
import { createContext } from 'react';
import type { Encode, Size } from './photoScaling';

/** A decoded picture, upright, that can be encoded at any size. */
export interface DecodedImage extends Size {
  /** JPEG at the given size and quality. */
  encode: Encode;
  /** Free the decoded pixels. */
  close: () => void;
}

export interface ImageProcessor {
  /** Decode an image file; throws when the browser cannot read it. */
  decode: (file: Blob) => Promise<DecodedImage>;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvasOf(size: Size): { context: Canvas2D; toJpeg: (quality: number) => Promise<Blob> } {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    return {
      context,
      toJpeg: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }),
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  return {
    context,
    toJpeg: (quality) =>
      new Promise((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no JPEG'))),
          'image/jpeg',
          quality,
        ),
      ),
  };
}

/** The browser's decoder and JPEG encoder. */
export const browserImageProcessor: ImageProcessor = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return {
      width: bitmap.width,
      height: bitmap.height,
      async encode(size, quality) {
        const { context, toJpeg } = canvasOf(size);
        // JPEG has no transparency: a transparent PNG gets a white background, not a black one.
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size.width, size.height);
        context.imageSmoothingEnabled = true;
        context.imageSmoothingQuality = 'high';
        context.drawImage(bitmap, 0, 0, size.width, size.height);
        return toJpeg(quality);
      },
      close: () => bitmap.close(),
    };
  },
};

/** The image processor the photo screens use (tests provide another). */
export const ImageProcessorContext = createContext<ImageProcessor>(browserImageProcessor);
