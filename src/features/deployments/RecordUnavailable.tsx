import { useTranslation } from 'react-i18next';
import type { LoadedRecord } from '../../db';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';

/**
 * What a screen shows instead of its record while it loads, when it does not exist, or when it is
 * broken (shown with its problems, never hidden).
 */
export function RecordUnavailable({
  title,
  loaded,
}: {
  title: string;
  loaded: LoadedRecord<object> | null | undefined;
}) {
  const { t } = useTranslation();
  if (loaded === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  return (
    <>
      <PageHeader title={title} />
      {loaded === null ? (
        <Notice tone="warning">{t('common:record.notFound')}</Notice>
      ) : loaded.ok ? null : (
        <BrokenRecord id={loaded.id} errors={loaded.errors} />
      )}
    </>
  );
}
