import { useTranslation } from 'react-i18next';

/** Shown for the moment the device takes to read a measure. */
export function MeasureLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common:loading')}
    </p>
  );
}
