// Settings: who is using this device, the interface language, and what is stored on it.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { AboutSection } from './AboutSection';
import { InstallSection } from './InstallSection';
import { LanguageSection } from './LanguageSection';
import { PhotoTransferSection } from './PhotoTransferSection';
import { StorageSection } from './StorageSection';
import { UserNameSection } from './UserNameSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings:title')} />
      <UserNameSection />
      <LanguageSection />
      <StorageSection />
      <PhotoTransferSection />
      <InstallSection />
      <AboutSection />
    </>
  );
}
