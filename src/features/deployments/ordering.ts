// The order of deployments (by number in the phase, then start date) and of the log (newest
// first). Broken records keep a place in both lists, so they are seen rather than lost.
import type { LoadedRecord } from '../../db';
import type { Deployment, LogEntry } from '../../domain';

function rawField(item: LoadedRecord<object>, name: string): unknown {
  if (item.ok) return (item.record as Record<string, unknown>)[name];
  const raw = item.raw;
  return typeof raw === 'object' && raw !== null
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}

/** Deployments by number, then start date (undated last); broken ones at the end. */
export function sortDeployments(
  list: readonly LoadedRecord<Deployment>[],
): LoadedRecord<Deployment>[] {
  const startOf = (d: Deployment) => d.startDate ?? '\uffff';
  return [...list].sort((a, b) => {
    if (!a.ok || !b.ok) return Number(!a.ok) - Number(!b.ok) || a.id.localeCompare(b.id);
    return (
      a.record.number - b.record.number ||
      startOf(a.record).localeCompare(startOf(b.record)) ||
      a.id.localeCompare(b.id)
    );
  });
}

/** When an entry happened, in ms; a broken entry without a readable time sorts to the top. */
function timeOf(item: LoadedRecord<LogEntry>): number {
  const value = rawField(item, 'occurredAt');
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** The log, newest first; entries at the same time in the order they were written, newest first. */
export function sortLogEntries(list: readonly LoadedRecord<LogEntry>[]): LoadedRecord<LogEntry>[] {
  return [...list].sort((a, b) => {
    const ta = timeOf(a);
    const tb = timeOf(b);
    if (ta !== tb) return ta < tb ? 1 : -1;
    return b.id.localeCompare(a.id);
  });
}

/** How many log entries each deployment has, broken ones included. */
export function countByDeployment(list: readonly LoadedRecord<LogEntry>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) {
    const deploymentId = rawField(item, 'deploymentId');
    if (typeof deploymentId === 'string') {
      counts.set(deploymentId, (counts.get(deploymentId) ?? 0) + 1);
    }
  }
  return counts;
}
