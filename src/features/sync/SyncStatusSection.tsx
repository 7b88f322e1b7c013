// Where sync stands: the engine's state, the last successful sync, the next attempt after a
// failure, and the button to sync now.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { requestSync } from '../../sync/appSync';
import { useSyncStatus, type SyncState } from '../../sync/syncStatusStore';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';

function useStateText() {
  const { t } = useTranslation();
  return (state: SyncState): string => {
    switch (state) {
      case 'offline':
        return t('sync:status.states.offline');
      case 'syncing':
        return t('sync:status.states.syncing');
      case 'idle':
        return t('sync:status.states.idle');
      case 'error':
        return t('sync:status.states.error');
      case 'signedOut':
        return t('sync:status.states.signedOut');
    }
  };
}

export function SyncStatusSection({ canSync }: { canSync: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stateText = useStateText();
  const status = useSyncStatus();
  const state: SyncState = canSync ? status.state : 'signedOut';

  return (
    <Section id="sync-status" title={t('sync:status.title')}>
      <dl className="facts">
        <dt>{t('sync:status.state')}</dt>
        <dd>
          <span role="status">{stateText(state)}</span>
        </dd>
        <dt>{t('sync:status.lastSuccess')}</dt>
        <dd>
          {status.lastSuccessAt ? format.dateTime(status.lastSuccessAt) : t('sync:status.never')}
        </dd>
      </dl>
      {canSync && status.nextRetryAt ? (
        <p className="muted">
          {t('sync:status.nextRetry', { time: format.dateTime(status.nextRetryAt) })}
        </p>
      ) : null}
      <Button
        variant="primary"
        onClick={requestSync}
        disabled={!canSync || status.state === 'syncing'}
      >
        {t('sync:status.syncNow')}
      </Button>
    </Section>
  );
}
