import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  backoffCeiling,
  backoffDelay,
  createBackoff,
} from '../../src/sync/backoff';

describe('backoff with full jitter', () => {
  it('doubles the ceiling with every failure up to about five minutes', () => {
    const ceilings = Array.from({ length: 12 }, (_, attempt) => backoffCeiling(attempt));
    expect(ceilings.slice(0, 5)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(ceilings.at(-1)).toBe(BACKOFF_CAP_MS);
    expect(backoffCeiling(10_000)).toBe(BACKOFF_CAP_MS);
  });

  it('picks a random delay between one second and the ceiling', () => {
    expect(backoffDelay(2, { random: () => 0 })).toBe(1_000);
    expect(backoffDelay(2, { random: () => 0.5 })).toBe(4_500);
    expect(backoffDelay(2, { random: () => 0.999_999 })).toBe(8_000);
    expect(backoffDelay(20, { random: () => 0.999_999 })).toBe(BACKOFF_CAP_MS);
  });

  it('grows with consecutive failures and starts over after a success', () => {
    const backoff = createBackoff({ random: () => 0.999_999 });
    expect([backoff.fail(), backoff.fail(), backoff.fail()]).toEqual([2_000, 4_000, 8_000]);
    expect(backoff.failures).toBe(3);
    backoff.reset();
    expect(backoff.failures).toBe(0);
    expect(backoff.fail()).toBe(2_000);
  });

  it('spreads devices that fail at the same moment', () => {
    const values = [0.1, 0.9];
    const delays = values.map((value) => backoffDelay(4, { random: () => value }));
    expect(delays[0]).not.toBe(delays[1]);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(1_000);
      expect(delay).toBeLessThanOrEqual(32_000);
    }
  });
});
