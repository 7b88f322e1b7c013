// The photo record and what is built from it: its schema, the CouchDB document with its images
// (inline for a new one, stubs for an update), preparing a picked file with an injected image
// processor, and when the "only on Wi-Fi" setting holds photos back.
import { describe, expect, it } from 'vitest';
import type { PushCandidate, StoredPhotoFile } from '../../src/db';
import { isPhotoTargetId, newRecordId, validateFields, validateRecord } from '../../src/domain';
import type { ImageProcessor } from '../../src/features/photos/imageProcessor';
import { PhotoInputError, preparePhoto } from '../../src/features/photos/preparePhoto';
import { bytesToBase64, photoDocToPush } from '../../src/sync/photoDocs';
import { photosAllowedOn, tellsConnectionType } from '../../src/sync/photoPolicy';
import { completeFields, minimalFields, storedRow } from '../helpers/fixtures';

describe('the photo record', () => {
  it('belongs to a log entry or a meeting, nothing else', () => {
    for (const type of ['logEntry', 'meeting'] as const) {
      const result = validateFields(
        'photo',
        minimalFields('photo', { targetId: newRecordId(type) }),
      );
      expect(result.ok, type).toBe(true);
    }
    for (const targetId of [newRecordId('measure'), 'logEntry:nonsense', '']) {
      const result = validateFields('photo', minimalFields('photo', { targetId }));
      expect(result.ok ? [] : result.errors).toEqual([
        { path: 'targetId', key: 'validation:invalidReference' },
      ]);
    }
    expect(isPhotoTargetId(newRecordId('meeting'))).toBe(true);
    expect(isPhotoTargetId(newRecordId('deployment'))).toBe(false);
  });

  it('fills caption and content type, and needs size, dimensions and time', () => {
    const result = validateFields('photo', minimalFields('photo'));
    expect(result.ok && result.value).toMatchObject({ caption: '', contentType: 'image/jpeg' });
    const missing = validateFields('photo', { targetId: newRecordId('logEntry') });
    expect(missing.ok ? [] : missing.errors.map((error) => error.path).sort()).toEqual([
      'height',
      'size',
      'takenAt',
      'width',
    ]);
    const bad = validateFields(
      'photo',
      completeFields('photo', { width: 0, contentType: 'text/html' as never }),
    );
    expect(bad.ok ? [] : bad.errors.map((error) => error.path).sort()).toEqual([
      'contentType',
      'width',
    ]);
  });

  it('is a record like any other, stored and read back whole', () => {
    const row = storedRow('photo');
    const result = validateRecord(row);
    expect(result.ok && result.value.type).toBe('photo');
  });
});

function candidate(overrides: Partial<PushCandidate> = {}): PushCandidate {
  const syncKeys = new Set(['rev', 'base', 'pending', 'deleted']);
  const record = Object.fromEntries(
    Object.entries(storedRow('photo')).filter(([key]) => !syncKeys.has(key)),
  );
  return {
    id: String(record['id']),
    rev: null,
    deleted: false,
    creates: true,
    updatedAt: String(record['updatedAt']),
    record,
    ...overrides,
  };
}

function files(full: number[], thumb: number[]): StoredPhotoFile {
  return {
    id: 'photo:x',
    partnershipId: 'partnership:x',
    full: { data: new Uint8Array(full).buffer, contentType: 'image/jpeg' },
    fullState: 'stored',
    thumb: { data: new Uint8Array(thumb).buffer, contentType: 'image/jpeg' },
    thumbState: 'stored',
    remote: null,
    updatedAt: '2024-03-05T09:40:00.000Z',
  };
}

describe('the photo as a CouchDB document', () => {
  it('carries both images inline when the push creates it', () => {
    const pushed = photoDocToPush(candidate(), 'expert', files([1, 2, 3], [4]));
    expect(pushed?.doc['_attachments']).toEqual({
      full: { content_type: 'image/jpeg', data: 'AQID' },
      thumb: { content_type: 'image/jpeg', data: 'BA==' },
    });
    expect(pushed?.doc).toMatchObject({ type: 'photo', updatedBy: 'expert', createdBy: 'expert' });
    expect(pushed?.doc).not.toHaveProperty('id');
    // What was sent, in record form: no attachments (they are not record fields).
    expect(pushed?.sent).not.toHaveProperty('_attachments');
  });

  it('names the images as stubs in an update, so the server keeps them', () => {
    const pushed = photoDocToPush(candidate({ rev: '1-a', creates: false }), 'expert', undefined);
    expect(pushed?.doc).toMatchObject({
      _rev: '1-a',
      _attachments: { full: { stub: true }, thumb: { stub: true } },
    });
  });

  it('cannot be created without its images', () => {
    const noThumb = { ...files([1], [2]), thumb: null };
    expect(photoDocToPush(candidate(), 'expert', noThumb)).toBeNull();
    expect(photoDocToPush(candidate(), 'expert', undefined)).toBeNull();
  });

  it('encodes large images to base64 without overflowing the stack', () => {
    const bytes = new Uint8Array(300_000).map((_, index) => index % 256);
    const encoded = bytesToBase64(bytes.buffer);
    expect(encoded.length).toBe(400_000);
    const decoded = atob(encoded);
    expect(decoded.length).toBe(bytes.length);
    for (const index of [0, 255, 256, 32_767, 32_768, 299_999]) {
      expect(decoded.charCodeAt(index), `byte ${index}`).toBe(bytes[index]);
    }
  });
});

/** An image processor for jsdom (no canvas): every "JPEG" has 0.05 bytes per pixel. */
function fakeProcessor(width: number, height: number): ImageProcessor & { closed: number } {
  const processor = {
    closed: 0,
    async decode(file: Blob) {
      if ((await file.text()).startsWith('broken'))
        throw new DOMException('bad', 'InvalidStateError');
      return {
        width,
        height,
        encode: async (size: { width: number; height: number }) =>
          new Blob([new Uint8Array(Math.round(size.width * size.height * 0.05))], {
            type: 'image/jpeg',
          }),
        close: () => {
          processor.closed += 1;
        },
      };
    },
  };
  return processor;
}

describe('preparing a picked file', () => {
  it('makes the picture and the thumbnail within their limits', async () => {
    const processor = fakeProcessor(4000, 3000);
    const photo = await preparePhoto(
      new File(['jpeg'], 'a.jpg', { type: 'image/jpeg' }),
      processor,
    );
    expect(photo.full).toMatchObject({ width: 1600, height: 1200, contentType: 'image/jpeg' });
    expect(photo.full.data.byteLength).toBe(96_000);
    expect(photo.thumb).toMatchObject({ width: 320, height: 240 });
    expect(photo.thumb.data.byteLength).toBeLessThanOrEqual(20_000);
    expect(processor.closed).toBe(1);
  });

  it('refuses a file that is not an image, and one the browser cannot read', async () => {
    const processor = fakeProcessor(10, 10);
    const pdf = new File(['%PDF'], 'a.pdf', { type: 'application/pdf' });
    await expect(preparePhoto(pdf, processor)).rejects.toMatchObject({ problem: 'notAnImage' });
    const heic = new File(['broken'], 'a.heic', { type: 'image/heic' });
    const error = await preparePhoto(heic, processor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PhotoInputError);
    expect(error).toMatchObject({ problem: 'undecodable' });
  });
});

describe('the "only on Wi-Fi" setting', () => {
  it('holds photos back on mobile data only', () => {
    const on = { wifiOnly: true };
    expect(photosAllowedOn(on, { type: 'cellular' })).toBe(false);
    expect(photosAllowedOn(on, { type: 'wifi' })).toBe(true);
    expect(photosAllowedOn(on, {})).toBe(true);
    expect(photosAllowedOn(on, null)).toBe(true);
    expect(photosAllowedOn({ wifiOnly: false }, { type: 'cellular' })).toBe(true);
  });

  it('knows when the browser does not tell the kind of network', () => {
    expect(tellsConnectionType(null)).toBe(false);
    expect(tellsConnectionType({})).toBe(false);
    expect(tellsConnectionType({ type: 'unknown' })).toBe(false);
    expect(tellsConnectionType({ type: 'cellular' })).toBe(true);
  });
});
