// Create or edit a partnership. Typing is kept in a draft until saved (see useRecordForm).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getRecord } from '../../db';
import type { Partnership } from '../../domain';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { PartnershipForm } from './PartnershipForm';

export function PartnershipFormScreen({ partnershipId }: { partnershipId?: string | undefined }) {
  const { t } = useTranslation();
  // null: there is no such partnership (undefined means: still loading).
  const loaded = useLiveQuery(
    async () => (partnershipId ? ((await getRecord<Partnership>(partnershipId)) ?? null) : null),
    [partnershipId],
  );

  if (!partnershipId) return <PartnershipForm />;
  if (loaded === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  if (loaded === null || (loaded.ok && loaded.record.type !== 'partnership')) {
    return (
      <>
        <PageHeader title={t('partnerships:form.editTitle')} />
        <Notice tone="warning">{t('common:record.notFound')}</Notice>
      </>
    );
  }
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t('partnerships:form.editTitle')} />
        <BrokenRecord id={loaded.id} errors={loaded.errors} />
      </>
    );
  }
  return <PartnershipForm record={loaded.record} />;
}
