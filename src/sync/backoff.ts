// Retry delays after a failed sync (offline, server errors): exponential growth with "full jitter"
// (a random delay between a floor and the exponential ceiling), so that many devices coming back
// online at once do not hit the server in step. Pure: randomness is injected for tests.

export interface BackoffOptions {
  /** The ceiling of the first retry, in ms. */
  baseMs?: number;
  /** No delay is longer than this, in ms (about five minutes). */
  capMs?: number;
  /** No delay is shorter than this, in ms, so a retry never spins. */
  floorMs?: number;
  /** A number in [0, 1), like Math.random. */
  random?: () => number;
}

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
export const BACKOFF_FLOOR_MS = 1_000;

/** The ceiling of the delay before retry number `attempt` (0 for the first retry). */
export function backoffCeiling(attempt: number, baseMs = BACKOFF_BASE_MS, capMs = BACKOFF_CAP_MS) {
  // 2 ** attempt overflows to Infinity for huge attempts; Math.min keeps it at the cap.
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
}

/** The delay before retry number `attempt`: a random point between the floor and the ceiling. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const {
    baseMs = BACKOFF_BASE_MS,
    capMs = BACKOFF_CAP_MS,
    floorMs = BACKOFF_FLOOR_MS,
    random = Math.random,
  } = options;
  const ceiling = backoffCeiling(attempt, baseMs, capMs);
  const floor = Math.min(floorMs, ceiling);
  return Math.round(floor + random() * (ceiling - floor));
}

/** Counts consecutive failures and gives the next delay; a success starts over. */
export interface Backoff {
  /** Record a failure and return how long to wait before the next attempt. */
  fail(): number;
  /** Record a success. */
  reset(): void;
  /** Consecutive failures so far. */
  readonly failures: number;
}

export function createBackoff(options: BackoffOptions = {}): Backoff {
  let failures = 0;
  return {
    fail() {
      const delay = backoffDelay(failures, options);
      failures += 1;
      return delay;
    },
    reset() {
      failures = 0;
    },
    get failures() {
      return failures;
    },
  };
}
