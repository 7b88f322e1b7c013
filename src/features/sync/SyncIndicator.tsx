// The sync state in the header of every screen, as a link to the sync page. Its text is its
// accessible name (on narrow screens only the icon is visible); colour is never the only cue.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countPending } from '../../db';
import { useSyncStatus } from '../../sync/syncStatusStore';
import { SYNC_PATH } from '../account/accountPaths';
import { useStoredSession } from '../account/useStoredSession';
import { indicatorKind, type IndicatorKind } from './indicatorState';
import { useOnline } from './useOnline';
import './sync.css';

const ICONS: Record<IndicatorKind, string> = {
  synced: 'M5 12.5l4.5 4.5L19 7.5',
  waiting: 'M12 19V6M6.5 11.5 12 6l5.5 5.5',
  syncing: 'M19 12a7 7 0 0 1-12.2 4.7M5 12a7 7 0 0 1 12.2-4.7M17.5 3.5v4h-4M6.5 20.5v-4h4',
  offline:
    'M3 3l18 18M8.5 8.6A5.5 5.5 0 0 0 6.5 19H17M17.5 12.5a3.5 3.5 0 0 1 2 6M10 6.4A5.5 5.5 0 0 1 16.8 10',
  problem: 'M12 3 2.5 20h19L12 3zM12 10v4.5M12 17.5v.5',
  expired: 'M12 3 2.5 20h19L12 3zM12 10v4.5M12 17.5v.5',
  signedOut: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 20.5a7.5 7.5 0 0 1 15 0',
};

export function SyncIndicator() {
  const { t } = useTranslation();
  const state = useSyncStatus((status) => status.state);
  const online = useOnline();
  const session = useStoredSession();
  const pending = useLiveQuery(() => countPending(), []);
  const kind = indicatorKind({ status: { state }, online, session, pending });

  let label: string;
  switch (kind) {
    case 'expired':
      label = t('sync:indicator.expired');
      break;
    case 'offline':
      label = t('sync:indicator.offline');
      break;
    case 'signedOut':
      label = t('sync:indicator.signedOut');
      break;
    case 'syncing':
      label = t('sync:indicator.syncing');
      break;
    case 'problem':
      label = t('sync:indicator.problem');
      break;
    case 'waiting':
      label = t('sync:indicator.waiting', { count: pending ?? 0 });
      break;
    case 'synced':
      label = t('sync:indicator.synced');
      break;
  }

  return (
    <Link href={SYNC_PATH} className={`icon-link sync-indicator sync-indicator--${kind}`}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        className="sync-indicator__icon"
      >
        <path
          d={ICONS[kind]}
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="visually-hidden-narrow">{label}</span>
    </Link>
  );
}
