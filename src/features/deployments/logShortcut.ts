// Where the app shortcut "New log entry" leads: straight into the deployment under way (or the
// only one there is), a choice when there are several, or nothing to choose from.
import type { Deployment } from '../../domain';

export type LogShortcutTarget =
  | { kind: 'go'; deployment: Deployment }
  | { kind: 'choose'; deployments: Deployment[] }
  | { kind: 'none' };

/** Most recent start first; undated deployments last. */
function byStartDescending(a: Deployment, b: Deployment): number {
  const startA = a.startDate ?? '';
  const startB = b.startDate ?? '';
  return startB.localeCompare(startA) || a.number - b.number || a.id.localeCompare(b.id);
}

/** Picks the deployment a new log entry belongs to, from those the person can see. */
export function logShortcutTarget(deployments: readonly Deployment[]): LogShortcutTarget {
  const underway = deployments.filter((deployment) => deployment.status === 'underway');
  const [onlyUnderway] = underway;
  if (underway.length === 1 && onlyUnderway) return { kind: 'go', deployment: onlyUnderway };
  if (underway.length > 1) return { kind: 'choose', deployments: underway.sort(byStartDescending) };
  const [only] = deployments;
  if (deployments.length === 1 && only) return { kind: 'go', deployment: only };
  if (deployments.length === 0) return { kind: 'none' };
  return { kind: 'choose', deployments: [...deployments].sort(byStartDescending) };
}
