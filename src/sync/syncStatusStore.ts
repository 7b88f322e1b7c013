// The sync status every tab shows: what the engine is doing, when it last succeeded, what went
// wrong. Session state only (zustand), never copies of records. The tab that runs the engine writes
// it and shares it with the other tabs (see syncEngine.ts).
import { create } from 'zustand';
import type { SyncError, SyncReport } from './replicator';

export type SyncState = 'signedOut' | 'offline' | 'idle' | 'syncing' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** When a sync last finished without errors (ISO time). */
  lastSuccessAt: string | null;
  /** The report of the last finished sync. */
  lastReport: SyncReport | null;
  /** The errors of the last finished sync (empty after a clean one). */
  errors: SyncError[];
  /** When the engine will try again after a failure (ISO time), or null. */
  nextRetryAt: string | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  state: 'signedOut',
  lastSuccessAt: null,
  lastReport: null,
  errors: [],
  nextRetryAt: null,
};

export const useSyncStatus = create<SyncStatus>()(() => INITIAL_SYNC_STATUS);

export function getSyncStatus(): SyncStatus {
  return useSyncStatus.getState();
}

export function setSyncStatus(patch: Partial<SyncStatus>): void {
  useSyncStatus.setState(patch);
}

/** Whether a value looks like a status shared by another tab (it crosses a BroadcastChannel). */
export function isSyncStatus(value: unknown): value is SyncStatus {
  if (typeof value !== 'object' || value === null) return false;
  const status = value as Partial<SyncStatus>;
  return (
    typeof status.state === 'string' &&
    ['signedOut', 'offline', 'idle', 'syncing', 'error'].includes(status.state) &&
    Array.isArray(status.errors) &&
    (status.lastSuccessAt === null || typeof status.lastSuccessAt === 'string') &&
    (status.nextRetryAt === null || typeof status.nextRetryAt === 'string')
  );
}
