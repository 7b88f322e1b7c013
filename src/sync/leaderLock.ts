// Leadership between tabs: the tab holding the Web Lock `klimapartner-sync` runs the sync engine.
// The other tabs wait in the lock's queue and take over when the leading tab closes.

export const SYNC_LOCK_NAME = 'klimapartner-sync';

/** The part of `navigator.locks` used here (injectable for tests). */
export interface LockManagerLike {
  request(
    name: string,
    options: { signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

export interface LeaderLock {
  /** Give the lock up (or stop waiting for it). */
  release(): void;
}

/** The browser's lock manager, when it has one. */
export function browserLocks(): LockManagerLike | null {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks as unknown as LockManagerLike) : null;
}

/**
 * Wait for the lock and hold it until released; `onAcquired` runs once it is ours. Without Web
 * Locks (old browsers, tests) every tab leads: syncing twice is safe, only wasteful.
 */
export function holdLeaderLock(
  locks: LockManagerLike | null,
  onAcquired: () => void,
  name = SYNC_LOCK_NAME,
): LeaderLock {
  if (!locks) {
    onAcquired();
    return { release() {} };
  }
  const controller = new AbortController();
  let released = false;
  let letGo: (() => void) | undefined;
  locks
    .request(name, { signal: controller.signal }, () => {
      if (released) return Promise.resolve();
      onAcquired();
      return new Promise<void>((resolve) => {
        letGo = resolve;
      });
    })
    .catch(() => {
      // Aborted while waiting: this tab stopped before it ever led.
    });
  return {
    release() {
      released = true;
      controller.abort();
      letGo?.();
    },
  };
}
