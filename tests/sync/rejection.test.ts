// A document the server refuses (validate_doc_update): the rejection is kept on the record with
// the server's code, the person's text stays, it is not sent again until edited.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDevice, DEMO_PID, type Device } from './helpers/devices';

let partner: Device;

beforeEach(async () => {
  partner = await createDevice('partner');
});

afterEach(() => {
  partner.close();
});

it('keeps a refused review change as a rejection, does not retry it, and clears it on an edit', async () => {
  const measure = await partner.create('measure', DEMO_PID, { title: 'Von der Partnerin' });
  const other = await partner.create('measure', DEMO_PID, { title: 'Unproblematisch' });
  // Only coordinators may review: a partner's device that marks it approved is refused.
  await partner.db.records.update(measure.id, { reviewState: 'approved' });

  const report = await partner.sync([DEMO_PID]);
  expect(report.errors).toEqual([]);
  expect(report).toMatchObject({ pushed: 1, rejected: 1 });
  const row = await partner.db.records.get(measure.id);
  expect(row).toMatchObject({
    pending: 1,
    title: 'Von der Partnerin',
    reviewState: 'approved',
    rejection: {
      code: 'review_not_allowed',
      reason: expect.stringMatching(/^review_not_allowed: /),
    },
  });
  const loaded = await partner.repo.getRecord(measure.id);
  expect(loaded?.ok && loaded.sync.rejection?.code).toBe('review_not_allowed');
  expect((await partner.db.records.get(other.id))?.pending).toBe(0);

  // Not sent again on the next sync.
  const sentBefore = partner.faults.sent.length;
  const next = await partner.sync([DEMO_PID]);
  expect(next).toMatchObject({ pushed: 0, rejected: 0, errors: [] });
  const bulk = partner.faults.sent.slice(sentBefore).filter((r) => r.url.endsWith('/_bulk_docs'));
  expect(bulk).toEqual([]);

  // An edit clears the rejection: the server gets a new try.
  await partner.edit(measure.id, { title: 'Überarbeitet' });
  const edited = await partner.db.records.get(measure.id);
  expect(edited).toMatchObject({ rejection: null, pending: 1, title: 'Überarbeitet' });
  const retried = await partner.sync([DEMO_PID]);
  expect(retried.rejected).toBe(1);
  expect((await partner.db.records.get(measure.id))?.rejection?.code).toBe('review_not_allowed');
});
