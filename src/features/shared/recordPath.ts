// Where a record is shown: the screen of its type. Comments and photos are shown on their target's
// screen, which the record alone does not tell, so they have no path of their own.
import type { AnyRecord } from '../../domain';
import { paths } from './paths';

type ShownOnItsOwn = Exclude<AnyRecord, { type: 'comment' | 'photo' }>;

export function recordPath(record: ShownOnItsOwn): string;
export function recordPath(record: AnyRecord): string | null;
export function recordPath(record: AnyRecord): string | null {
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
