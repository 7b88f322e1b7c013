// A full disk is recognised however it arrives: bare, wrapped by Dexie (AbortError or its own
// QuotaExceededError with `.inner`, BulkError with `failures`) or in `cause`; nothing else counts.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, writeFailureOf } from '../../src/db';
import { syncErrorOf } from '../../src/sync/replicator';

const diskFull = () => new DOMException('The disk is full.', 'QuotaExceededError');

describe('isStorageFull', () => {
  it('recognises the bare DOMException', () => {
    expect(isStorageFull(diskFull())).toBe(true);
  });

  it('recognises it inside the AbortError of a Dexie transaction', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', diskFull());
    expect(aborted.name).toBe('AbortError');
    expect(isStorageFull(aborted)).toBe(true);
  });

  it('recognises it in `cause`, also nested, and in the failures of a bulk write', () => {
    const wrapped = new Error('Save failed', {
      cause: new Error('Write failed', { cause: diskFull() }),
    });
    expect(isStorageFull(wrapped)).toBe(true);
    const bulk = new Dexie.BulkError('2 of 3 operations failed', { 1: diskFull() });
    expect(isStorageFull(bulk)).toBe(true);
  });

  it('recognises older Firefox’s name for a full localStorage', () => {
    expect(isStorageFull({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('does not take other failures, or a cycle of causes, for a full disk', () => {
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isStorageFull(new DOMException('closing', 'InvalidStateError'))).toBe(false);
    expect(isStorageFull(new Error('boom'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
    const looped: { name: string; cause?: unknown } = { name: 'Error' };
    looped.cause = looped;
    expect(isStorageFull(looped)).toBe(false);
  });

  it('names the reason of a failed write', () => {
    expect(writeFailureOf(new Dexie.AbortError('aborted', diskFull()))).toBe('storageFull');
    expect(writeFailureOf(new Error('boom'))).toBe('failed');
  });
});

describe('a sync that cannot store what it received', () => {
  it('reports a full disk as `quota`, also when Dexie wrapped it', () => {
    expect(syncErrorOf(diskFull(), 'p')).toEqual({ partnershipId: 'p', code: 'quota' });
    expect(syncErrorOf(new Dexie.AbortError('aborted', diskFull()))).toEqual({ code: 'quota' });
    expect(syncErrorOf(new Error('boom'))).toMatchObject({ code: 'server' });
  });
});
