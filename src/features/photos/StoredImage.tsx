// An <img> of image bytes stored on the device. Its object URL exists only while the image is
// shown: made when the bytes arrive, revoked when they change or the image goes.
import { useEffect, useRef, type ImgHTMLAttributes } from 'react';
import type { PhotoBytes } from '../../db';

export function StoredImage({
  bytes,
  alt,
  ...rest
}: { bytes: PhotoBytes; alt: string } & Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'>) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = image.current;
    if (!element) return;
    let url: string;
    try {
      url = URL.createObjectURL(new Blob([bytes.data], { type: bytes.contentType }));
    } catch (error) {
      console.error('Image not shown', error);
      return;
    }
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [bytes]);
  return <img ref={image} alt={alt} decoding="async" {...rest} />;
}
