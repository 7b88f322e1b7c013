import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/domain';
import { logShortcutTarget } from '../../src/features/deployments/logShortcut';

function deployment(n: number, fields: Partial<Deployment> = {}): Deployment {
  return {
    id: `deployment:01JDEM0200000000000000000${n}`,
    type: 'deployment',
    partnershipId: 'partnership:01JDEM01000000000000000001',
    number: n,
    direction: 'toPartner',
    destination: 'Sanoré',
    startDate: null,
    endDate: null,
    status: 'planned',
    ...fields,
  } as Deployment;
}

describe('the "new log entry" shortcut', () => {
  it('goes straight to the one deployment under way', () => {
    const underway = deployment(2, { status: 'underway' });
    const target = logShortcutTarget([deployment(1, { status: 'completed' }), underway]);
    expect(target).toEqual({ kind: 'go', deployment: underway });
  });

  it('goes straight to the only deployment there is, whatever its state', () => {
    const only = deployment(1, { status: 'planned' });
    expect(logShortcutTarget([only])).toEqual({ kind: 'go', deployment: only });
  });

  it('asks which one when several are under way, and offers only those, newest first', () => {
    const older = deployment(1, { status: 'underway', startDate: '2025-03-01' });
    const newer = deployment(2, { status: 'underway', startDate: '2025-05-01' });
    const target = logShortcutTarget([older, deployment(3), newer]);
    expect(target).toEqual({ kind: 'choose', deployments: [newer, older] });
  });

  it('asks which one among all when none is under way, undated last', () => {
    const undated = deployment(3);
    const early = deployment(1, { status: 'completed', startDate: '2024-01-10' });
    const late = deployment(2, { status: 'completed', startDate: '2024-09-10' });
    expect(logShortcutTarget([undated, early, late])).toEqual({
      kind: 'choose',
      deployments: [late, early, undated],
    });
  });

  it('says there is nothing to choose from without deployments', () => {
    expect(logShortcutTarget([])).toEqual({ kind: 'none' });
  });
});
