import { MeasureForm } from './form/MeasureForm';
import { MeasureLoading } from './MeasureLoading';
import { MeasureUnavailable } from './MeasureUnavailable';
import { useMeasure } from './useMeasure';

/** `/p/:pid/measures/new` and `/p/:pid/measures/:mid/edit`. */
export function MeasureFormScreen({
  partnershipId,
  measureId,
}: {
  partnershipId: string;
  measureId?: string | undefined;
}) {
  const loaded = useMeasure(partnershipId, measureId);
  if (!measureId) return <MeasureForm partnershipId={partnershipId} />;
  if (loaded === undefined) return <MeasureLoading />;
  if (loaded === null) return <MeasureUnavailable partnershipId={partnershipId} />;
  if (!loaded.ok) return <MeasureUnavailable partnershipId={partnershipId} broken={loaded} />;
  return <MeasureForm partnershipId={partnershipId} measure={loaded.record} />;
}
