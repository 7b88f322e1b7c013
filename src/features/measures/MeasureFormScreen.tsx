import { useTranslation } from 'react-i18next';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { MeasureForm } from './form/MeasureForm';

/** `/p/:pid/measures/new` and `/p/:pid/measures/:mid/edit`. */
export function MeasureFormScreen({
  partnershipId,
  measureId,
}: {
  partnershipId: string;
  measureId?: string | undefined;
}) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('measure', measureId, partnershipId);
  if (!measureId) return <MeasureForm partnershipId={partnershipId} />;
  if (!loaded?.ok) {
    return (
      <RecordUnavailable
        title={t('measures:detail.unavailable')}
        loaded={loaded}
        back={{ href: paths.measures(partnershipId), label: t('measures:detail.backToList') }}
      />
    );
  }
  return <MeasureForm partnershipId={partnershipId} measure={loaded.record} />;
}
