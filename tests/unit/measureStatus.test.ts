import { describe, expect, it } from 'vitest';
import {
  canChangeMeasureStatus,
  MEASURE_STATUSES,
  nextMeasureStatuses,
  type MeasureStatus,
} from '../../src/domain';

describe('measure status flow', () => {
  it.each<[MeasureStatus, MeasureStatus]>([
    ['idea', 'proposed'],
    ['proposed', 'agreed'],
    ['agreed', 'inImplementation'],
    ['inImplementation', 'completed'],
  ])('moves forward one step: %s → %s', (from, to) => {
    expect(canChangeMeasureStatus(from, to)).toBe(true);
  });

  it.each<[MeasureStatus, MeasureStatus]>([
    ['proposed', 'idea'],
    ['agreed', 'proposed'],
    ['inImplementation', 'agreed'],
    ['completed', 'inImplementation'],
  ])('allows one step back when partners reconsider: %s → %s', (from, to) => {
    expect(canChangeMeasureStatus(from, to)).toBe(true);
  });

  it('lets every open measure be dropped and a dropped one be revived as an idea', () => {
    for (const from of ['idea', 'proposed', 'agreed', 'inImplementation'] as const) {
      expect(canChangeMeasureStatus(from, 'dropped')).toBe(true);
    }
    expect(canChangeMeasureStatus('dropped', 'idea')).toBe(true);
  });

  it.each<[MeasureStatus, MeasureStatus]>([
    ['idea', 'completed'],
    ['idea', 'agreed'],
    ['idea', 'inImplementation'],
    ['proposed', 'completed'],
    ['completed', 'idea'],
    ['completed', 'dropped'],
    ['dropped', 'completed'],
    ['dropped', 'agreed'],
  ])('refuses the jump %s → %s', (from, to) => {
    expect(canChangeMeasureStatus(from, to)).toBe(false);
  });

  it('always allows keeping the status', () => {
    for (const status of MEASURE_STATUSES)
      expect(canChangeMeasureStatus(status, status)).toBe(true);
  });

  it('reaches every status from idea', () => {
    const reached = new Set<MeasureStatus>(['idea']);
    const queue: MeasureStatus[] = ['idea'];
    for (let from = queue.shift(); from; from = queue.shift()) {
      for (const next of nextMeasureStatuses(from)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...MEASURE_STATUSES].sort());
  });

  it('offers only allowed, known statuses as next steps, never the current one', () => {
    for (const from of MEASURE_STATUSES) {
      const next = nextMeasureStatuses(from);
      expect(next).not.toContain(from);
      for (const to of next) {
        expect(MEASURE_STATUSES).toContain(to);
        expect(canChangeMeasureStatus(from, to)).toBe(true);
      }
    }
  });
});
