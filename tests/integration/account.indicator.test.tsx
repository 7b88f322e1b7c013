// The sync indicator in the header of every screen: offline / syncing / all synced / N waiting /
// problem, in words (the accessible name of a link to the sync page), not in colour alone.
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db';
import { markExpired } from '../../src/sync/session';
import { INITIAL_SYNC_STATUS, useSyncStatus } from '../../src/sync/syncStatusStore';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import { signedInBefore, signedOut } from './accountFakes';

beforeEach(() => {
  signedOut();
  useSyncStatus.setState({ ...INITIAL_SYNC_STATUS, state: 'idle' }, true);
});

const indicator = (name: string | RegExp) => screen.findByRole('link', { name });

describe('sync indicator', () => {
  it('says "not signed in" before the first sign-in and leads to the sync page', async () => {
    renderAt('/settings');
    expect(await indicator('Nicht angemeldet')).toHaveAttribute('href', '/sync');
  });

  it('counts the changes waiting, in real plurals, and says when all is synced', async () => {
    await signedInBefore();
    renderAt('/');
    expect(await indicator('Alles synchronisiert')).toBeInTheDocument();
    const partnership = await savePartnership();
    expect(await indicator('1 wartet')).toBeInTheDocument();
    await saveValid('measure', partnership.id);
    await saveValid('measure', partnership.id);
    expect(await indicator('3 warten')).toBeInTheDocument();
    await act(() => db.records.toCollection().modify({ pending: 0, rev: '1-a' }));
    expect(await indicator('Alles synchronisiert')).toBeInTheDocument();
  });

  it('shows syncing, problems, offline and an expired sign-in', async () => {
    await signedInBefore();
    renderAt('/');
    act(() => useSyncStatus.setState({ state: 'syncing' }));
    expect(await indicator('Wird synchronisiert …')).toBeInTheDocument();
    act(() => useSyncStatus.setState({ state: 'error', errors: [{ code: 'forbidden' }] }));
    expect(await indicator('Problem beim Synchronisieren')).toBeInTheDocument();
    act(() => useSyncStatus.setState({ state: 'offline', errors: [{ code: 'offline' }] }));
    expect(await indicator('Offline')).toBeInTheDocument();
    await act(() => markExpired(db));
    expect(await indicator('Anmeldung abgelaufen')).toBeInTheDocument();
  });

  it('says offline as soon as the browser has no network', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    await signedInBefore();
    renderAt('/');
    expect(await indicator('Alles synchronisiert')).toBeInTheDocument();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await indicator('Offline')).toBeInTheDocument();
  });
});
