// Where a waiting record is shown: the screen of its type (comments and photos are shown on their
// target's screen, which is not known here, so they get no link).
import type { AnyRecord } from '../../domain';
import { paths } from '../shared/paths';

export function recordLink(record: AnyRecord): string | null {
  switch (record.type) {
    case 'partnership':
      return paths.partnership(record.id);
    case 'programme':
      return paths.programme(record.partnershipId);
    case 'measure':
      return paths.measure(record.partnershipId, record.id);
    case 'deployment':
      return paths.deployment(record.partnershipId, record.id);
    case 'logEntry':
      return paths.logEntry(record.partnershipId, record.deploymentId, record.id);
    case 'meeting':
      return paths.meeting(record.partnershipId, record.id);
    case 'comment':
    case 'photo':
      return null;
  }
}
