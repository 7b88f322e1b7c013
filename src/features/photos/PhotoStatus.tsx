// Where a photo stands: on its way to the server, on the server, refused, in conflict, and
// whether its picture is on this device.
import { useTranslation } from 'react-i18next';
import type { PhotoItem } from '../../db';
import { Badge } from '../../ui/Badge';

export function PhotoStatus({ item }: { item: PhotoItem }) {
  const { t } = useTranslation();
  const { sync, fullState } = item;
  let upload;
  if (sync.rejection) upload = <Badge tone="danger">{t('photos:status.rejected')}</Badge>;
  else if (sync.conflict) upload = <Badge tone="danger">{t('photos:status.conflict')}</Badge>;
  else if (sync.pending && !sync.synced) {
    upload = <Badge tone="warning">{t('photos:status.waitingForUpload')}</Badge>;
  } else if (sync.pending)
    upload = <Badge tone="warning">{t('photos:status.changeWaiting')}</Badge>;
  else upload = <Badge tone="success">{t('photos:status.onServer')}</Badge>;
  return (
    <span className="photo-status">
      {upload}
      {fullState === 'remote' ? <Badge>{t('photos:status.notDownloaded')}</Badge> : null}
      {fullState === 'unavailable' ? (
        <Badge tone="danger">{t('photos:status.missingOnServer')}</Badge>
      ) : null}
    </span>
  );
}
