// The sync page (`/sync`): the account, where sync stands, what went wrong and what to do, and
// what is still waiting to be sent.
import { useTranslation } from 'react-i18next';
import type { SyncError } from '../../sync/replicator';
import { useSyncStatus } from '../../sync/syncStatusStore';
import { PageHeader } from '../../ui/PageHeader';
import { useStoredSession } from '../account/useStoredSession';
import { PhotoSyncSection } from '../photos/PhotoSyncSection';
import { Loading } from '../shared/Loading';
import { AccountSection } from './AccountSection';
import { LocalOnlyNotice } from './LocalOnlyNotice';
import { SyncErrorList } from './SyncErrorList';
import { SyncStatusSection } from './SyncStatusSection';
import { useOnline } from './useOnline';
import { WaitingSection } from './WaitingSection';
import './sync.css';

export function SyncScreen({ onWiped }: { onWiped?: () => void }) {
  const { t } = useTranslation();
  const session = useStoredSession();
  const errors = useSyncStatus((status) => status.errors);
  const online = useOnline();

  if (session === undefined) {
    return <Loading />;
  }
  const signedIn = session !== null;
  // Offline is said even before a sync has tried; an expired session even after a reload.
  const shown: SyncError[] = signedIn ? [...errors] : [];
  if (!online && !shown.some((error) => error.code === 'offline'))
    shown.unshift({ code: 'offline' });
  if (session?.expired && !shown.some((error) => error.code === 'unauthorized')) {
    shown.unshift({ code: 'unauthorized' });
  }

  return (
    <>
      <PageHeader title={t('sync:page.title')} />
      <SyncErrorList errors={shown} />
      {signedIn ? <LocalOnlyNotice /> : null}
      <AccountSection session={session} onWiped={onWiped} />
      <SyncStatusSection canSync={signedIn} />
      <WaitingSection signedIn={signedIn} />
      {signedIn ? <PhotoSyncSection /> : null}
    </>
  );
}
