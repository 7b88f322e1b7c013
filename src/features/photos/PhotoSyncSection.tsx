// Photos on the sync page: how many wait to be sent, how many pictures are only on the server,
// and "download all photos" with its progress, for a person about to go where there is no network.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countPhotoTransfers, db } from '../../db';
import { appClient } from '../../sync/appSync';
import {
  downloadAllPhotos,
  type DownloadAllResult,
  type DownloadProgress,
} from '../../sync/photoDownload';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { usePhotoTransfer } from './usePhotoTransfer';

function OutcomeNotice({ outcome }: { outcome: DownloadAllResult }) {
  const { t } = useTranslation();
  if (outcome.stoppedBy) {
    const offline = outcome.stoppedBy.code === 'offline';
    return (
      <Notice tone="warning">
        {offline ? t('photos:sync.stoppedOffline') : t('photos:sync.stoppedServer')}
      </Notice>
    );
  }
  if (outcome.done < outcome.total) return <Notice>{t('photos:sync.stopped')}</Notice>;
  return (
    <Notice tone="success">
      {t('photos:sync.done', { count: outcome.done })}
      {outcome.unavailable > 0
        ? ` ${t('photos:sync.unavailable', { count: outcome.unavailable })}`
        : ''}
    </Notice>
  );
}

export function PhotoSyncSection() {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => countPhotoTransfers(), []);
  const transfer = usePhotoTransfer();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [outcome, setOutcome] = useState<DownloadAllResult | null>(null);
  const abort = useRef<AbortController | null>(null);
  const progressLabel = useId();
  const running = progress !== null && outcome === null;

  if (!counts) return null;

  const downloadAll = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setProgress({ done: 0, total: counts.toDownload });
    try {
      const result = await downloadAllPhotos(
        { db, client: appClient() },
        { onProgress: setProgress, signal: controller.signal },
      );
      setOutcome(result);
    } catch (error) {
      console.error('Photos not downloaded', error);
      setOutcome({ done: 0, total: 0, unavailable: 0, stoppedBy: { code: 'server' } });
    } finally {
      abort.current = null;
    }
  };

  return (
    <Section id="sync-photos" title={t('photos:sync.title')}>
      <ul className="stack">
        <li>
          {counts.toUpload > 0
            ? t('photos:sync.toUpload', { count: counts.toUpload })
            : t('photos:sync.nothingToUpload')}
        </li>
        <li>
          {counts.toDownload > 0
            ? t('photos:sync.toDownload', { count: counts.toDownload })
            : t('photos:sync.allDownloaded')}
        </li>
      </ul>
      {transfer === 'wifiOnly' ? <Notice>{t('photos:sync.heldForWifi')}</Notice> : null}
      {counts.toDownload > 0 || running ? (
        <div className="button-row">
          <Button
            variant="primary"
            disabled={running || transfer !== 'allowed'}
            onClick={() => void downloadAll()}
          >
            {t('photos:sync.downloadAll')}
          </Button>
          {running ? (
            <Button onClick={() => abort.current?.abort()}>{t('photos:sync.stop')}</Button>
          ) : null}
        </div>
      ) : null}
      {transfer === 'offline' && counts.toDownload > 0 ? (
        <p className="muted">{t('photos:sync.needsNetwork')}</p>
      ) : null}
      {progress && progress.total > 0 ? (
        <div className="photo-progress">
          <p id={progressLabel} role="status">
            {t('photos:sync.progress', { done: progress.done, total: progress.total })}
          </p>
          <progress aria-labelledby={progressLabel} value={progress.done} max={progress.total} />
        </div>
      ) : null}
      {outcome ? <OutcomeNotice outcome={outcome} /> : null}
    </Section>
  );
}
