import { MeasureDetail } from './detail/MeasureDetail';
import { MeasureLoading } from './MeasureLoading';
import { MeasureUnavailable } from './MeasureUnavailable';
import { useMeasure } from './useMeasure';

/** `/p/:pid/measures/:mid`. */
export function MeasureDetailScreen({
  partnershipId,
  measureId,
}: {
  partnershipId: string;
  measureId: string;
}) {
  const loaded = useMeasure(partnershipId, measureId);
  if (loaded === undefined) return <MeasureLoading />;
  if (loaded === null) return <MeasureUnavailable partnershipId={partnershipId} />;
  if (!loaded.ok) return <MeasureUnavailable partnershipId={partnershipId} broken={loaded} />;
  return <MeasureDetail measure={loaded.record} sync={loaded.sync} />;
}
