// Installing Klimapartner as an app: the browser's own dialog where it offers one (Chromium), the
// steps on iPhone and iPad with the reason they matter there, and "installed" when it is.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTALL_SECTION_ID, promptInstall, useInstallState } from '../../pwa/install';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';

function IosSteps() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('pwa:install.iosWhy')}</p>
      <ol>
        <li>{t('pwa:install.iosStep1')}</li>
        <li>{t('pwa:install.iosStep2')}</li>
        <li>{t('pwa:install.iosStep3')}</li>
      </ol>
      <p className="muted">{t('pwa:install.iosOtherBrowsers')}</p>
    </>
  );
}

export function InstallSection() {
  const { t } = useTranslation();
  const { standalone, canPrompt, installed, iosManual } = useInstallState();
  const [dismissed, setDismissed] = useState(false);

  // The header's install link leads here (#settings-install): bring the section into view.
  useEffect(() => {
    if (window.location.hash === `#${INSTALL_SECTION_ID}`) {
      document.getElementById(INSTALL_SECTION_ID)?.scrollIntoView({ block: 'start' });
    }
  }, []);

  const install = async () => {
    const outcome = await promptInstall();
    setDismissed(outcome === 'dismissed');
  };

  let content;
  if (standalone) {
    content = <Notice tone="success">{t('pwa:install.standalone')}</Notice>;
  } else if (installed) {
    content = <Notice tone="success">{t('pwa:install.installed')}</Notice>;
  } else if (canPrompt) {
    content = (
      <>
        <p>{t('pwa:install.why')}</p>
        <div className="button-row">
          <Button variant="primary" onClick={() => void install()}>
            {t('pwa:install.button')}
          </Button>
        </div>
      </>
    );
  } else if (iosManual) {
    content = <IosSteps />;
  } else {
    content = (
      <>
        <p>{t('pwa:install.why')}</p>
        <p className="muted">{t('pwa:install.notOffered')}</p>
      </>
    );
  }

  return (
    <Section id={INSTALL_SECTION_ID} title={t('pwa:install.title')}>
      {content}
      {dismissed && !canPrompt ? <p role="status">{t('pwa:install.dismissed')}</p> : null}
    </Section>
  );
}
