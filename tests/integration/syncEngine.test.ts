// The sync engine's scheduling with fake timers: its triggers, the debounce after local changes,
// backoff on failures, the stop on an expired session, and leadership between tabs (Web Lock).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockManagerLike } from '../../src/sync/leaderLock';
import type { SyncReport } from '../../src/sync/replicator';
import {
  createSyncEngine,
  type ChannelLike,
  type SyncEngine,
  type SyncEngineOptions,
} from '../../src/sync/syncEngine';
import { INITIAL_SYNC_STATUS, useSyncStatus } from '../../src/sync/syncStatusStore';

const clean: SyncReport = { pulled: 0, pushed: 0, conflicts: 0, rejected: 0, errors: [] };
const failing = (code: SyncReport['errors'][number]['code']): SyncReport => ({
  ...clean,
  errors: [{ code }],
});

/** A Web Lock manager shared by the "tabs" of a test: one holder, the others wait in line. */
class FakeLocks implements LockManagerLike {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  request(
    _name: string,
    options: { signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ) {
    return new Promise<unknown>((resolve, reject) => {
      const grant = () => {
        this.held = true;
        void callback(null).then(() => {
          this.held = false;
          this.waiting.shift()?.();
          resolve(undefined);
        });
      };
      if (!this.held) {
        grant();
        return;
      }
      this.waiting.push(grant);
      options.signal?.addEventListener('abort', () => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  }
}

/** BroadcastChannels between the tabs of a test: a message reaches every other member. */
function channelHub() {
  const members = new Set<{ deliver: (data: unknown) => void }>();
  const sent: unknown[] = [];
  return {
    sent,
    create(): ChannelLike {
      const listeners = new Set<(event: MessageEvent) => void>();
      const member = {
        deliver: (data: unknown) => {
          for (const listener of listeners) listener({ data } as MessageEvent);
        },
      };
      members.add(member);
      return {
        postMessage(message) {
          sent.push(message);
          const copy = structuredClone(message);
          void Promise.resolve().then(() => {
            for (const other of members) if (other !== member) other.deliver(copy);
          });
        },
        addEventListener: (_type, listener) => listeners.add(listener),
        removeEventListener: (_type, listener) => listeners.delete(listener),
        close: () => members.delete(member),
      };
    },
  };
}

class FakeDocument extends EventTarget {
  visibilityState = 'visible';
  show() {
    this.visibilityState = 'visible';
    this.dispatchEvent(new Event('visibilitychange'));
  }
  hide() {
    this.visibilityState = 'hidden';
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

let engines: SyncEngine[] = [];
let win: EventTarget;
let doc: FakeDocument;
let online: boolean;
let localListeners: Set<() => void>;
let sessionListeners: Set<() => void>;

function engine(options: Partial<SyncEngineOptions> & Pick<SyncEngineOptions, 'run'>) {
  const created = createSyncEngine({
    locks: null,
    channel: null,
    win,
    doc,
    isOnline: () => online,
    backoff: { random: () => 0.999_999 },
    onLocalChange: (listener) => {
      localListeners.add(listener);
      return () => localListeners.delete(listener);
    },
    onSessionChange: (listener) => {
      sessionListeners.add(listener);
      return () => sessionListeners.delete(listener);
    },
    ...options,
  });
  engines.push(created);
  created.start();
  return created;
}

const localChange = () => localListeners.forEach((listener) => listener());
const sessionChange = () => sessionListeners.forEach((listener) => listener());
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-03-01T10:00:00Z') });
  engines = [];
  win = new EventTarget();
  doc = new FakeDocument();
  online = true;
  localListeners = new Set();
  sessionListeners = new Set();
  useSyncStatus.setState(INITIAL_SYNC_STATUS, true);
});

afterEach(() => {
  for (const created of engines) created.stop();
  vi.useRealTimers();
});

describe('sync engine triggers', () => {
  it('syncs at start, when the network returns, when the tab becomes visible and on request', async () => {
    const run = vi.fn(async () => clean);
    const created = engine({ run });
    await advance(0);
    expect(run).toHaveBeenCalledTimes(1);

    win.dispatchEvent(new Event('online'));
    await advance(0);
    expect(run).toHaveBeenCalledTimes(2);

    doc.hide();
    await advance(0);
    expect(run).toHaveBeenCalledTimes(2);
    doc.show();
    await advance(0);
    expect(run).toHaveBeenCalledTimes(3);

    created.requestSync();
    await advance(0);
    expect(run).toHaveBeenCalledTimes(4);
    expect(useSyncStatus.getState()).toMatchObject({
      state: 'idle',
      lastSuccessAt: '2025-03-01T10:00:00.000Z',
      errors: [],
    });
  });

  it('syncs every minute while online, and not while offline', async () => {
    const run = vi.fn(async () => clean);
    engine({ run });
    await advance(0);
    await advance(60_000);
    await advance(60_000);
    expect(run).toHaveBeenCalledTimes(3);

    online = false;
    await advance(180_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(useSyncStatus.getState().state).toBe('offline');
  });

  it('waits two seconds after a local change, so a burst of saves goes out in one sync', async () => {
    const run = vi.fn(async () => clean);
    engine({ run, intervalMs: 3_600_000 });
    await advance(0);
    run.mockClear();

    localChange();
    await advance(1_500);
    localChange();
    await advance(1_500);
    localChange();
    await advance(1_999);
    expect(run).not.toHaveBeenCalled();
    await advance(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs two syncs at once: a trigger during a sync runs one more afterwards', async () => {
    let finish: (report: SyncReport) => void = () => {};
    let active = 0;
    let most = 0;
    const run = vi.fn(
      () =>
        new Promise<SyncReport>((resolve) => {
          active += 1;
          most = Math.max(most, active);
          finish = (report) => {
            active -= 1;
            resolve(report);
          };
        }),
    );
    const created = engine({ run });
    await advance(0);
    created.requestSync();
    created.requestSync();
    win.dispatchEvent(new Event('online'));
    await advance(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(useSyncStatus.getState().state).toBe('syncing');
    finish(clean);
    await advance(0);
    expect(run).toHaveBeenCalledTimes(2);
    finish(clean);
    await advance(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('shows "signed out" and does nothing more when nobody is signed in', async () => {
    const run = vi.fn(async () => null);
    engine({ run });
    await advance(0);
    expect(useSyncStatus.getState().state).toBe('signedOut');
  });
});

describe('sync engine failures', () => {
  it('backs off exponentially while offline and tries at once when the network returns', async () => {
    const run = vi.fn(async () => failing('offline'));
    engine({ run, intervalMs: 3_600_000 });
    await advance(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(useSyncStatus.getState()).toMatchObject({
      state: 'offline',
      nextRetryAt: '2025-03-01T10:00:02.000Z',
    });

    // Retries after 2 s, then 4 s, then 8 s (the random part is pinned to its top).
    const times: number[] = [];
    run.mockImplementation(async () => {
      times.push(Date.now());
      return failing('offline');
    });
    await advance(2_000 + 4_000 + 8_000 + 16_000);
    const start = new Date('2025-03-01T10:00:00Z').getTime();
    expect(times.map((time) => (time - start) / 1_000)).toEqual([2, 6, 14, 30]);

    // A local change does not jump the queue; the network coming back does.
    localChange();
    await advance(2_000);
    expect(times).toHaveLength(4);
    run.mockImplementation(async () => clean);
    win.dispatchEvent(new Event('online'));
    await advance(0);
    expect(run).toHaveBeenCalledTimes(6);
    expect(useSyncStatus.getState()).toMatchObject({ state: 'idle', nextRetryAt: null });
  });

  it('backs off on server errors up to about five minutes', async () => {
    const run = vi.fn(async () => failing('server'));
    engine({ run, intervalMs: 3_600_000 });
    await advance(0);
    for (let i = 0; i < 12; i += 1) await advance(300_000);
    const status = useSyncStatus.getState();
    expect(status.state).toBe('error');
    const wait = new Date(status.nextRetryAt ?? 0).getTime() - Date.now();
    expect(wait).toBeLessThanOrEqual(300_000);
    expect(wait).toBeGreaterThan(150_000);
  });

  it('stops when the session has expired, until the person signs in again', async () => {
    const run = vi.fn(async () => failing('unauthorized'));
    engine({ run });
    await advance(0);
    expect(useSyncStatus.getState().errors).toEqual([{ code: 'unauthorized' }]);

    localChange();
    await advance(10 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);

    run.mockImplementation(async () => clean);
    sessionChange();
    await advance(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(useSyncStatus.getState().state).toBe('idle');
  });

  it('keeps errors that need a person (no access) without backing off', async () => {
    const run = vi.fn(async () => failing('forbidden'));
    engine({ run });
    await advance(0);
    expect(useSyncStatus.getState()).toMatchObject({ state: 'error', nextRetryAt: null });
    await advance(60_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('counts a crash of the sync as a server error instead of dying', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const run = vi.fn(async (): Promise<SyncReport> => {
      throw new Error('bug');
    });
    engine({ run });
    await advance(0);
    expect(useSyncStatus.getState()).toMatchObject({
      state: 'error',
      errors: [{ code: 'server', detail: 'bug' }],
    });
  });
});

describe('sync engine between tabs', () => {
  it('does not sync without the lock; the other tab shows the leader’s status and passes on its changes', async () => {
    const locks = new FakeLocks();
    const hub = channelHub();
    const leaderRun = vi.fn(async () => clean);
    const followerRun = vi.fn(async () => clean);
    const leader = engine({ run: leaderRun, locks, channel: hub.create(), intervalMs: 3_600_000 });
    await advance(0);
    const follower = engine({
      run: followerRun,
      locks,
      channel: hub.create(),
      intervalMs: 3_600_000,
      onLocalChange: () => () => {},
    });
    await advance(0);
    expect(leader.isLeader).toBe(true);
    expect(follower.isLeader).toBe(false);

    follower.requestSync();
    await advance(0);
    expect(followerRun).not.toHaveBeenCalled();
    expect(leaderRun).toHaveBeenCalledTimes(2);
    expect(hub.sent).toContainEqual({ type: 'request' });

    // The leading tab closes: the waiting tab takes over.
    leader.stop();
    await advance(0);
    expect(follower.isLeader).toBe(true);
    expect(followerRun).toHaveBeenCalledTimes(1);
  });

  it('a tab without the lock takes the status the leading tab shares', async () => {
    const locks = new FakeLocks();
    const hub = channelHub();
    // Another tab holds the lock for good.
    void locks.request('klimapartner-sync', {}, () => new Promise<void>(() => {}));
    const otherTab = hub.create();
    const run = vi.fn(async () => clean);
    const follower = engine({ run, locks, channel: hub.create() });
    await advance(0);
    expect(hub.sent).toContainEqual({ type: 'hello' });

    otherTab.postMessage({
      type: 'status',
      status: { ...INITIAL_SYNC_STATUS, state: 'offline', errors: [{ code: 'offline' }] },
    });
    await advance(0);
    expect(useSyncStatus.getState().state).toBe('offline');
    expect(follower.isLeader).toBe(false);
    await advance(10 * 60_000);
    expect(run).not.toHaveBeenCalled();
  });
});
