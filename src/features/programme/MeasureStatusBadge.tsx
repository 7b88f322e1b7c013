import type { MeasureStatus } from '../../domain';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { useVocabLabel } from '../shared/useVocabOptions';

const TONES: Record<MeasureStatus, BadgeTone> = {
  idea: 'neutral',
  proposed: 'info',
  agreed: 'info',
  inImplementation: 'warning',
  completed: 'success',
  dropped: 'danger',
};

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const label = useVocabLabel();
  return <Badge tone={TONES[status]}>{label('measureStatus', status)}</Badge>;
}
