// Where a search result leads: the screen that shows the record.
import { paths } from '../shared/paths';
import type { SearchableRecord } from './searchRecords';

export function recordHref(record: SearchableRecord): string {
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
  }
}
