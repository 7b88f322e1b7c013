// What the header's sync indicator says, from the engine's status, the network, the session and
// the number of changes waiting. The most pressing thing wins.
import type { SyncStatus } from '../../sync/syncStatusStore';

export type IndicatorKind =
  'expired' | 'offline' | 'signedOut' | 'syncing' | 'problem' | 'waiting' | 'synced';

export interface IndicatorInput {
  status: Pick<SyncStatus, 'state'>;
  online: boolean;
  /** undefined while the session is read; null when signed out. */
  session: { expired: boolean } | null | undefined;
  /** Rows waiting to be sent (undefined while counting). */
  pending: number | undefined;
}

export function indicatorKind({ status, online, session, pending }: IndicatorInput): IndicatorKind {
  if (session?.expired) return 'expired';
  if (!online || status.state === 'offline') return 'offline';
  if (!session) return 'signedOut';
  if (status.state === 'syncing') return 'syncing';
  if (status.state === 'error') return 'problem';
  if ((pending ?? 0) > 0) return 'waiting';
  return 'synced';
}
