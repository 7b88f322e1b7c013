// Scaling a photo on the device: the size within the long-side limit, and the search for the
// best JPEG quality (then size) within the byte budget, with a made-up encoder whose output
// grows with pixels and quality like a real one.
import { describe, expect, it } from 'vitest';
import { FULL_PHOTO_LIMITS, THUMB_PHOTO_LIMITS } from '../../src/domain';
import {
  encodeWithinLimits,
  targetSize,
  type Encode,
  type Size,
} from '../../src/features/photos/photoScaling';

/** An encoder that makes `bytesPerPixel(quality)` bytes per pixel, and remembers its calls. */
function fakeEncoder(bytesPerPixel: (quality: number) => number) {
  const calls: { size: Size; quality: number }[] = [];
  const encode: Encode = async (size, quality) => {
    calls.push({ size, quality });
    const bytes = Math.round(size.width * size.height * bytesPerPixel(quality));
    return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
  };
  return { encode, calls };
}

describe('targetSize', () => {
  it('fits the long side into the limit and keeps the aspect ratio', () => {
    expect(targetSize({ width: 4032, height: 3024 }, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(targetSize({ width: 3024, height: 4032 }, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(targetSize({ width: 4000, height: 1000 }, 320)).toEqual({ width: 320, height: 80 });
  });

  it('never enlarges a small image', () => {
    expect(targetSize({ width: 800, height: 600 }, 1600)).toEqual({ width: 800, height: 600 });
    expect(targetSize({ width: 1600, height: 900 }, 1600)).toEqual({ width: 1600, height: 900 });
  });

  it('keeps at least one pixel on a very thin image', () => {
    expect(targetSize({ width: 10_000, height: 2 }, 320)).toEqual({ width: 320, height: 1 });
  });
});

describe('encodeWithinLimits', () => {
  const photo = { width: 4032, height: 3024 };

  it('takes the best quality when it fits the budget at full size', async () => {
    const { encode, calls } = fakeEncoder(() => 0.1);
    const result = await encodeWithinLimits(photo, FULL_PHOTO_LIMITS, encode);
    expect(result).toMatchObject({ width: 1600, height: 1200, quality: 0.85 });
    expect(result.blob.size).toBe(192_000);
    expect(calls).toHaveLength(1);
  });

  it('lowers the quality step by step until the picture fits', async () => {
    // 1600×1200 = 1.92 MP: 0.2 B/px at quality 0.65 makes 384 kB, 0.15 at 0.55 makes 288 kB.
    const { encode, calls } = fakeEncoder((quality) => (quality > 0.6 ? 0.2 : 0.15));
    const result = await encodeWithinLimits(photo, FULL_PHOTO_LIMITS, encode);
    expect(calls.map((call) => call.quality)).toEqual([0.85, 0.75, 0.65, 0.55]);
    expect(result).toMatchObject({ width: 1600, height: 1200, quality: 0.55 });
    expect(result.blob.size).toBeLessThanOrEqual(FULL_PHOTO_LIMITS.maxBytes);
  });

  it('then makes it smaller, trying the qualities again at each size', async () => {
    const { encode, calls } = fakeEncoder((quality) => quality * 0.5);
    const result = await encodeWithinLimits(photo, FULL_PHOTO_LIMITS, encode);
    expect(result.blob.size).toBeLessThanOrEqual(FULL_PHOTO_LIMITS.maxBytes);
    expect(result.width).toBeLessThan(1600);
    expect(result.width / result.height).toBeCloseTo(4 / 3, 2);
    // The first size went through every quality before the size went down.
    expect(calls.slice(0, 4).map((call) => call.size.width)).toEqual([1600, 1600, 1600, 1600]);
    expect(calls[4]?.size.width).toBe(1280);
    expect(calls[4]?.quality).toBe(0.85);
    // It stops at the first attempt that fits: the best quality at the largest size.
    const last = calls.at(-1);
    expect(last).toEqual({
      size: { width: result.width, height: result.height },
      quality: result.quality,
    });
  });

  it('makes a thumbnail within its own limits', async () => {
    const { encode } = fakeEncoder((quality) => quality * 0.3);
    const result = await encodeWithinLimits(photo, THUMB_PHOTO_LIMITS, encode);
    expect(Math.max(result.width, result.height)).toBeLessThanOrEqual(320);
    expect(result.blob.size).toBeLessThanOrEqual(THUMB_PHOTO_LIMITS.maxBytes);
  });

  it('gives the smallest attempt when nothing fits, instead of searching forever', async () => {
    const { encode, calls } = fakeEncoder(() => 0.1);
    const result = await encodeWithinLimits(photo, { maxLongSide: 1600, maxBytes: 10 }, encode);
    expect(Math.max(result.width, result.height)).toBeLessThan(200);
    expect(result.quality).toBe(0.55);
    expect(calls.length).toBeLessThan(60);
  });
});
