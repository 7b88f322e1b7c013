// The drafts store on a real IndexedDB (fake-indexeddb): unsaved form input kept until saved or discarded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '../../src/db';

/** Only the clock is faked: fake-indexeddb needs real timers to run. */
function at(time: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(time));
}

afterEach(() => {
  vi.useRealTimers();
});

const draft = (key: string, title: string) => ({
  key,
  route: `/p/1/measures/new?${key}`,
  values: { title, indicators: [{ id: 'i1', name: 'kWp' }] },
  focus: { field: 'title', start: 2, end: 4 },
});

describe('drafts', () => {
  it('keeps what was written, stamped with the time it was written', async () => {
    at('2024-03-05T10:00:00.000Z');
    await saveDraft(draft('measure:new:partnership:A', 'Radwege'));
    expect(await loadDraft('measure:new:partnership:A')).toEqual({
      ...draft('measure:new:partnership:A', 'Radwege'),
      updatedAt: '2024-03-05T10:00:00.000Z',
    });
  });

  it('replaces the draft of the same form instead of adding one', async () => {
    at('2024-03-05T10:00:00.000Z');
    await saveDraft(draft('k', 'Rad'));
    at('2024-03-05T10:00:01.000Z');
    await saveDraft(draft('k', 'Radwege'));
    const drafts = await listDrafts();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      values: { title: 'Radwege' },
      updatedAt: '2024-03-05T10:00:01.000Z',
    });
  });

  it('has nothing for a form without a draft', async () => {
    expect(await loadDraft('measure:new:partnership:none')).toBeUndefined();
  });

  it('deletes a draft, and deleting a missing one is harmless', async () => {
    await saveDraft(draft('k', 'Radwege'));
    await deleteDraft('k');
    expect(await loadDraft('k')).toBeUndefined();
    await expect(deleteDraft('k')).resolves.toBeUndefined();
  });

  it('lists open drafts newest first, a draft written again moving to the top', async () => {
    at('2024-03-05T10:00:00.000Z');
    await saveDraft(draft('a', 'A'));
    at('2024-03-05T11:00:00.000Z');
    await saveDraft(draft('b', 'B'));
    at('2024-03-05T09:00:00.000Z');
    await saveDraft(draft('c', 'C'));
    expect((await listDrafts()).map((d) => d.key)).toEqual(['b', 'a', 'c']);
    at('2024-03-05T12:00:00.000Z');
    await saveDraft(draft('c', 'C2'));
    expect((await listDrafts()).map((d) => d.key)).toEqual(['c', 'b', 'a']);
  });
});
