// A discreet line at the end of the start page while the app is not installed but could be:
// the browser's install dialog where it offers one, the steps in the settings on iPhone and iPad.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { INSTALL_SECTION_ID, promptInstall, useInstallState } from '../../pwa/install';
import { Button } from '../../ui/Button';
import { paths } from '../shared/paths';
import './install.css';

export function InstallHint() {
  const { t } = useTranslation();
  const { standalone, canPrompt, installed, iosManual } = useInstallState();
  if (standalone || installed || !(canPrompt || iosManual)) return null;
  return (
    <aside className="install-hint" aria-label={t('pwa:install.title')}>
      <p>{t('pwa:install.hint')}</p>
      {canPrompt ? (
        <Button onClick={() => void promptInstall()}>{t('pwa:install.button')}</Button>
      ) : (
        <Link href={`${paths.settings()}#${INSTALL_SECTION_ID}`} className="button">
          {t('pwa:install.howTo')}
        </Link>
      )}
    </aside>
  );
}
