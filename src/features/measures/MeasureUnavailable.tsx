import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ValidationError } from '../../domain';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';

/** In place of a measure that is not there (or is damaged), with the way back to the list. */
export function MeasureUnavailable({
  partnershipId,
  broken,
}: {
  partnershipId: string;
  broken?: { id: string; errors: readonly ValidationError[] } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('measures:detail.unavailable')} />
      {broken ? (
        <BrokenRecord id={broken.id} errors={broken.errors} />
      ) : (
        <Notice tone="warning">{t('common:record.notFound')}</Notice>
      )}
      <p>
        <Link href={paths.measures(partnershipId)}>{t('measures:detail.backToList')}</Link>
      </p>
    </>
  );
}
