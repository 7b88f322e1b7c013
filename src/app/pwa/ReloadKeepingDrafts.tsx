import { useTranslation } from 'react-i18next';
import { reloadKeepingDrafts, useUpdateState } from '../../pwa/serviceWorker';
import { Button } from '../../ui/Button';

/**
 * "Reload" for a page that runs an older version: writes every open draft first, and stays (and
 * says so; the form says why) when one cannot be written.
 */
export function ReloadKeepingDrafts() {
  const { t } = useTranslation();
  const draftFailed = useUpdateState((state) => state.phase === 'draftFailed');
  return (
    <>
      {draftFailed ? <p>{t('pwa:update.draftFailed')}</p> : null}
      <div className="button-row">
        <Button variant="primary" onClick={() => void reloadKeepingDrafts()}>
          {t('pwa:update.reload')}
        </Button>
      </div>
    </>
  );
}
