// Create or edit a partnership. Typing is kept in a draft until saved (see useRecordForm).
import { useTranslation } from 'react-i18next';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { PartnershipForm } from './PartnershipForm';

export function PartnershipFormScreen({ partnershipId }: { partnershipId?: string | undefined }) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('partnership', partnershipId);
  if (!partnershipId) return <PartnershipForm />;
  if (!loaded?.ok) {
    return <RecordUnavailable title={t('partnerships:form.editTitle')} loaded={loaded} />;
  }
  return <PartnershipForm record={loaded.record} />;
}
