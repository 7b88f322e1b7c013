// saveRecord on a real IndexedDB (fake-indexeddb): what is stored, what is refused.
import { describe, expect, it } from 'vitest';
import { db, getRecord, saveRecord } from '../../src/db';
import { newRecordId } from '../../src/domain';
import { completeFields, minimalFields, savePartnership, saveValid } from '../helpers/fixtures';

describe('saving a new record', () => {
  it('stores it with a fresh id, its author, language and sync state "not yet sent"', async () => {
    const partnership = await savePartnership();
    const result = await saveRecord({
      type: 'measure',
      partnershipId: partnership.id,
      fields: minimalFields('measure'),
      user: 'Issa',
      lang: 'fr',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toMatch(/^measure:[0-9A-Z]{26}$/);
    const row = await db.records.get(result.value.id);
    expect(row).toMatchObject({
      type: 'measure',
      partnershipId: partnership.id,
      createdBy: 'Issa',
      updatedBy: 'Issa',
      lang: 'fr',
      reviewState: 'unreviewed',
      pending: 1,
      deleted: 0,
      rev: null,
      base: null,
      title: 'Radwege',
      status: 'idea',
    });
    expect(row?.createdAt).toBe(row?.updatedAt);
    expect(Date.parse(String(row?.createdAt))).not.toBeNaN();
  });

  it('makes a partnership its own partnership', async () => {
    const partnership = await savePartnership();
    expect(partnership.partnershipId).toBe(partnership.id);
    expect((await db.records.get(partnership.id))?.partnershipId).toBe(partnership.id);
  });

  it('writes nothing and names the problems when the input is invalid', async () => {
    const partnership = await savePartnership();
    const result = await saveRecord({
      type: 'measure',
      partnershipId: partnership.id,
      fields: minimalFields('measure', { title: ' ', sdgs: [18] }),
      user: 'Anna',
      lang: 'de',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'title', key: 'validation:required' },
        { path: 'sdgs.0', key: 'validation:invalidChoice' },
      ],
    });
    expect(await db.records.count()).toBe(1);
  });

  it('refuses a record that belongs to no partnership', async () => {
    const result = await saveRecord({
      type: 'meeting',
      fields: minimalFields('meeting'),
      user: 'Anna',
      lang: 'de',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain('partnershipId');
    expect(await db.records.count()).toBe(0);
  });
});

describe('saving a changed record', () => {
  it('keeps when and by whom it was created, its server revision and base, and marks it pending again', async () => {
    const partnership = await savePartnership();
    const first = await saveValid('meeting', partnership.id, {}, 'Anna');
    const base = { ...first };
    await db.records.update(first.id, { rev: '1-abc', base, pending: 0 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await saveRecord({
      type: 'meeting',
      id: first.id,
      partnershipId: partnership.id,
      fields: completeFields('meeting', { title: 'Netzwerktreffen Nord' }),
      user: 'Issa',
      lang: 'de',
    });
    expect(second.ok).toBe(true);
    const row = await db.records.get(first.id);
    expect(row).toMatchObject({
      title: 'Netzwerktreffen Nord',
      createdAt: first.createdAt,
      createdBy: 'Anna',
      updatedBy: 'Issa',
      rev: '1-abc',
      base,
      pending: 1,
      deleted: 0,
    });
    expect(String(row?.updatedAt) > first.updatedAt).toBe(true);
    expect(await db.records.count()).toBe(2);
  });

  it('keeps the review state a coordinator gave', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id);
    await db.records.update(measure.id, { reviewState: 'approved' });
    await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: completeFields('measure', { goal: 'Mehr Strom' }),
      user: 'Anna',
      lang: 'de',
    });
    expect((await db.records.get(measure.id))?.reviewState).toBe('approved');
  });

  it('refuses a jump in the measure status flow (idea → completed) and keeps the stored record', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id, { status: 'idea' });
    const result = await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: completeFields('measure', { status: 'completed', title: 'Anders' }),
      user: 'Anna',
      lang: 'de',
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'status', key: 'validation:statusTransition' }],
    });
    expect(await db.records.get(measure.id)).toMatchObject({
      status: 'idea',
      title: measure.title,
    });
  });

  it('allows the next step in the status flow', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id, { status: 'idea' });
    const result = await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: completeFields('measure', { status: 'proposed' }),
      user: 'Anna',
      lang: 'de',
    });
    expect(result.ok && result.value.status).toBe('proposed');
  });

  it('lets a broken measure with a status this version does not know be repaired', async () => {
    const partnership = await savePartnership();
    const measure = await saveValid('measure', partnership.id);
    await db.records.update(measure.id, { status: 'onHold' });
    const result = await saveRecord({
      type: 'measure',
      id: measure.id,
      partnershipId: partnership.id,
      fields: completeFields('measure', { status: 'agreed' }),
      user: 'Anna',
      lang: 'de',
    });
    expect(result.ok).toBe(true);
    expect((await getRecord(measure.id))?.ok).toBe(true);
  });

  it('refuses to turn a record into another type', async () => {
    const partnership = await savePartnership();
    const meeting = await saveValid('meeting', partnership.id);
    const result = await saveRecord({
      type: 'measure',
      id: meeting.id,
      partnershipId: partnership.id,
      fields: completeFields('measure'),
      user: 'Anna',
      lang: 'de',
    });
    expect(result.ok).toBe(false);
    expect((await db.records.get(meeting.id))?.type).toBe('meeting');
  });

  it('keeps a record in its partnership (one server database each) when an edit names another', async () => {
    const home = await savePartnership();
    const other = await savePartnership({ germanMunicipality: 'Andere Stadt' });
    const meeting = await saveValid('meeting', home.id);
    const result = await saveRecord({
      type: 'meeting',
      id: meeting.id,
      partnershipId: other.id,
      fields: completeFields('meeting', { title: 'Geändert' }),
      user: 'Anna',
      lang: 'de',
    });
    expect(result.ok && result.value.partnershipId).toBe(home.id);
    expect(await db.records.get(meeting.id)).toMatchObject({
      partnershipId: home.id,
      title: 'Geändert',
    });
  });

  it('stores a new record under an id the caller made, but only one of the right type', async () => {
    const partnership = await savePartnership();
    const id = newRecordId('comment');
    const ok = await saveRecord({
      type: 'comment',
      id,
      partnershipId: partnership.id,
      fields: minimalFields('comment'),
      user: 'Anna',
      lang: 'de',
    });
    expect(ok.ok && ok.value.id).toBe(id);
    const wrong = await saveRecord({
      type: 'comment',
      id: newRecordId('measure'),
      partnershipId: partnership.id,
      fields: minimalFields('comment'),
      user: 'Anna',
      lang: 'de',
    });
    expect(wrong).toEqual({
      ok: false,
      errors: [{ path: 'id', key: 'validation:invalidReference' }],
    });
    expect(await db.records.count()).toBe(2);
  });
});
