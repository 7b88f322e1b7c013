import { useTranslation } from 'react-i18next';

/** The line a screen shows for the moment the device takes to read what it needs. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common:loading')}
    </p>
  );
}
