// "Load the demo partnership" for a signed-in member of the demo partnership: it comes from the
// server (a local copy would fight the server's records); only when the server has no
// partnership record yet is it built here, to be pushed. Signed out, it is built here as before.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countPending, db, getRecord, listAllRecords } from '../../src/db';
import { loadDemoForAccount } from '../../src/features/account/loadDemoForAccount';
import { DEMO_PARTNERSHIP_ID } from '../../src/features/partnerships/demoData';
import { CouchHttpError, NetworkError } from '../../src/sync/couchErrors';
import { storedRow } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import { connectFakeCouch, EXPERT, fakeCouch, signedInBefore, signedOut } from './accountFakes';

const noSync = () => Promise.reject(new Error('must not sync'));

beforeEach(() => {
  signedOut();
});

describe('demo partnership and accounts', () => {
  it('builds the demo on the device when nobody is signed in', async () => {
    const result = await loadDemoForAccount('de', { sync: noSync });
    expect(result).toEqual({ ok: true, id: DEMO_PARTNERSHIP_ID });
    expect((await listAllRecords('measure')).length).toBeGreaterThan(0);
  });

  it('syncs the demo from the server when the member’s server has it, building nothing here', async () => {
    await signedInBefore(EXPERT);
    const getDoc = vi.fn(async () => ({ _id: DEMO_PARTNERSHIP_ID, _rev: '3-abc' }));
    const sync = vi.fn(async () => {
      // What a pull brings: the server's partnership record.
      await db.records.put(
        storedRow('partnership', {
          id: DEMO_PARTNERSHIP_ID,
          partnershipId: DEMO_PARTNERSHIP_ID,
          rev: '3-abc',
          pending: 0,
        }),
      );
    });
    const result = await loadDemoForAccount('de', { client: { getDoc }, sync });
    expect(result).toEqual({ ok: true, id: DEMO_PARTNERSHIP_ID });
    expect(getDoc).toHaveBeenCalledWith('kp-01jdem01000000000000000001', DEMO_PARTNERSHIP_ID);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(await countPending()).toBe(0);
    expect(await listAllRecords('measure')).toEqual([]);
  });

  it('builds the demo here and asks for a sync when the server has no partnership record yet', async () => {
    await signedInBefore(EXPERT);
    const getDoc = vi.fn(async () => {
      throw new CouchHttpError(404, 'not_found', 'missing');
    });
    const requestSync = vi.fn();
    const result = await loadDemoForAccount('de', {
      client: { getDoc },
      sync: noSync,
      requestSync,
    });
    expect(result).toEqual({ ok: true, id: DEMO_PARTNERSHIP_ID });
    expect(requestSync).toHaveBeenCalled();
    expect(await getRecord(DEMO_PARTNERSHIP_ID)).toMatchObject({
      ok: true,
      record: { createdBy: 'expert' },
      sync: { pending: true, synced: false },
    });
  });

  it('builds nothing while the server cannot be asked', async () => {
    await signedInBefore(EXPERT);
    const getDoc = vi.fn(async () => {
      throw new NetworkError('no reply');
    });
    expect(await loadDemoForAccount('de', { client: { getDoc }, sync: noSync })).toEqual({
      ok: false,
      reason: 'offline',
    });
    expect(await db.records.count()).toBe(0);
  });

  it('tells the member on the welcome screen to connect first', async () => {
    await signedInBefore(EXPERT);
    const couch = fakeCouch();
    couch.offline = true;
    connectFakeCouch(couch);
    renderAt('/');
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Demo-Partnerschaft laden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Demo-Partnerschaft liegt auf dem Server. Stellen Sie eine Internetverbindung her und versuchen Sie es erneut.',
    );
    expect(await db.records.count()).toBe(0);
  });
});
