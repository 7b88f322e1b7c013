// The order of deployments (by number in the phase, then start date) and of the log (newest
// first). Broken records keep a place in both lists, so they are seen rather than lost.
import type { LoadedRecord, StoredRow } from '../../db';
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

/** When an entry happened, in ms; without a readable time it sorts to the top. */
function timeOf(occurredAt: unknown): number {
  const time = typeof occurredAt === 'string' ? Date.parse(occurredAt) : Number.NaN;
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/**
 * The log's rows (read unvalidated, see DeploymentLog), newest first; entries at the same time in
 * the order they were written, newest first. A broken entry keeps its place by the time it has.
 */
export function sortLogRows(rows: readonly StoredRow[]): StoredRow[] {
  const keyed = rows.map((row) => ({ row, time: timeOf(row['occurredAt']) }));
  keyed.sort((a, b) => {
    if (a.time !== b.time) return a.time < b.time ? 1 : -1;
    return a.row.id < b.row.id ? 1 : a.row.id > b.row.id ? -1 : 0;
  });
  return keyed.map((item) => item.row);
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
