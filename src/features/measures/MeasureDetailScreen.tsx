import { useTranslation } from 'react-i18next';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { MeasureDetail } from './detail/MeasureDetail';

/** `/p/:pid/measures/:mid`. */
export function MeasureDetailScreen({
  partnershipId,
  measureId,
}: {
  partnershipId: string;
  measureId: string;
}) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('measure', measureId, partnershipId);
  if (!loaded?.ok) {
    return (
      <RecordUnavailable
        title={t('measures:detail.unavailable')}
        loaded={loaded}
        back={{ href: paths.measures(partnershipId), label: t('measures:detail.backToList') }}
      />
    );
  }
  return <MeasureDetail measure={loaded.record} sync={loaded.sync} />;
}
