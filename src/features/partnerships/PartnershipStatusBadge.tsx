import type { PartnershipStatus } from '../../domain';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { useVocabLabel } from '../shared/useVocabOptions';

const TONES: Record<PartnershipStatus, BadgeTone> = {
  preparing: 'info',
  active: 'success',
  implementation: 'success',
  completed: 'neutral',
};

/** The partnership's status as a small label. */
export function PartnershipStatusBadge({ status }: { status: PartnershipStatus }) {
  const label = useVocabLabel();
  return <Badge tone={TONES[status]}>{label('partnershipStatus', status)}</Badge>;
}
