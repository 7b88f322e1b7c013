import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStorageInfo, requestPersistentStorage, type StorageInfo } from '../../db';
import { useFormat } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { Loading } from '../shared/Loading';

/** Warn when less than this is left … */
const LOW_SPACE_BYTES = 100 * 1024 * 1024;
/** … or when this share of the quota is used. */
const LOW_SPACE_SHARE = 0.9;

type Request = 'idle' | 'asking' | 'granted' | 'denied';

function isLow(usage: number, quota: number): boolean {
  return quota - usage < LOW_SPACE_BYTES || usage >= quota * LOW_SPACE_SHARE;
}

/**
 * What this device holds: records, drafts, changes not yet synced, space used and left, and
 * whether the browser keeps the data for good (with a button to ask for it). Live: read again
 * when records or drafts change, when the person comes back to the app (perhaps after freeing
 * space elsewhere) and on request.
 */
export function StorageSection() {
  const { t } = useTranslation();
  const [reads, setReads] = useState(0);
  const [request, setRequest] = useState<Request>('idle');
  const refresh = () => setReads((count) => count + 1);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setReads((count) => count + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const info = useLiveQuery(() => readStorageInfo(), [reads]);

  const askPersistence = async () => {
    setRequest('asking');
    const granted = await requestPersistentStorage();
    setRequest(granted ? 'granted' : 'denied');
    refresh();
  };

  return (
    <Section
      id="settings-storage"
      title={t('settings:storage.title')}
      actions={<Button onClick={refresh}>{t('settings:storage.refresh')}</Button>}
    >
      {info === undefined ? (
        <Loading />
      ) : (
        <>
          <StorageFacts info={info} />
          <Persistence info={info} request={request} onRequest={() => void askPersistence()} />
        </>
      )}
    </Section>
  );
}

function StorageFacts({ info }: { info: StorageInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { usage, quota } = info;
  let space = t('settings:storage.spaceUnknown');
  if (usage !== null && quota !== null) {
    space = t('settings:storage.spaceOf', {
      used: format.bytes(usage),
      available: format.bytes(quota),
    });
  } else if (usage !== null) {
    space = format.bytes(usage);
  }
  let persisted = t('settings:storage.persistedUnknown');
  if (info.persisted === true) persisted = t('settings:storage.persistedYes');
  if (info.persisted === false) persisted = t('settings:storage.persistedNo');

  return (
    <>
      <dl className="facts">
        <dt>{t('settings:storage.recordsLabel')}</dt>
        <dd>{t('settings:storage.records', { count: info.recordCount })}</dd>
        <dt>{t('settings:storage.draftsLabel')}</dt>
        <dd>{t('settings:storage.drafts', { count: info.draftCount })}</dd>
        <dt>{t('settings:storage.pendingLabel')}</dt>
        <dd>
          {info.pendingCount > 0
            ? t('settings:storage.pending', { count: info.pendingCount })
            : t('settings:storage.nothingPending')}
        </dd>
        <dt>{t('settings:storage.spaceLabel')}</dt>
        <dd>{space}</dd>
        {usage !== null && quota !== null ? (
          <>
            <dt>{t('settings:storage.freeLabel')}</dt>
            <dd>{format.bytes(Math.max(0, quota - usage))}</dd>
          </>
        ) : null}
        <dt>{t('settings:storage.persistedLabel')}</dt>
        <dd>{persisted}</dd>
      </dl>
      {usage !== null && quota !== null && isLow(usage, quota) ? (
        <Notice tone="warning">{t('settings:storage.lowSpace')}</Notice>
      ) : null}
    </>
  );
}

/** Why persistence matters and, while the browser has not granted it, a button to ask. */
function Persistence({
  info,
  request,
  onRequest,
}: {
  info: StorageInfo;
  request: Request;
  onRequest: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {request === 'granted' && info.persisted === true ? (
        <Notice tone="success">{t('settings:storage.persistGranted')}</Notice>
      ) : null}
      {request === 'denied' && info.persisted !== true ? (
        <Notice tone="info">{t('settings:storage.persistDenied')}</Notice>
      ) : null}
      {info.persisted !== true ? <p>{t('settings:storage.persistHint')}</p> : null}
      {info.persisted === false && info.canAskPersistence ? (
        <div className="button-row">
          <Button variant="primary" disabled={request === 'asking'} onClick={onRequest}>
            {request === 'asking'
              ? t('settings:storage.persistRequesting')
              : t('settings:storage.persistRequest')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
