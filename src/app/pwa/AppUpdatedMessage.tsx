// Shown instead of a screen whose code could not be loaded: an open tab of an older version asked
// for a file the updated app no longer has. A reload brings the new version; drafts are kept.
import { useTranslation } from 'react-i18next';
import { ReloadKeepingDrafts } from './ReloadKeepingDrafts';

export function AppUpdatedMessage() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info" role="alert">
      <p className="notice__title">{t('pwa:chunk.title')}</p>
      <p>{t('pwa:chunk.text')}</p>
      <ReloadKeepingDrafts />
    </div>
  );
}
