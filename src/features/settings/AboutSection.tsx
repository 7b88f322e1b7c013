import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/Section';

const env: Record<string, unknown> = import.meta.env;
/** Set at build time as VITE_APP_VERSION; the package's version otherwise. */
const APP_VERSION = typeof env.VITE_APP_VERSION === 'string' ? env.VITE_APP_VERSION : '0.1.0';

/** What this app is and which version runs. */
export function AboutSection() {
  const { t } = useTranslation();
  return (
    <Section id="settings-about" title={t('settings:about.title')}>
      <p>{t('settings:about.version', { version: APP_VERSION })}</p>
      <p className="muted">{t('settings:about.offline')}</p>
    </Section>
  );
}
