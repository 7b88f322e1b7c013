import type { DeploymentStatus } from '../../domain';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { useVocabLabel } from '../shared/useVocabOptions';

const TONES: Record<DeploymentStatus, BadgeTone> = {
  planned: 'neutral',
  underway: 'info',
  completed: 'success',
};

/** Planned, under way or completed. */
export function DeploymentStatusBadge({ status }: { status: DeploymentStatus }) {
  const label = useVocabLabel();
  return <Badge tone={TONES[status]}>{label('deploymentStatus', status)}</Badge>;
}
