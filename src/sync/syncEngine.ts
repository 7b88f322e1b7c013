// The sync engine decides WHEN to sync; the replicator (run) decides how. One engine per tab, but
// only the tab holding the Web Lock leads and runs syncs; the other tabs pass their triggers to it
// and show the status it shares over the BroadcastChannel 'klimapartner-sync'.
// Triggers: start, the network coming back, the tab becoming visible, shortly after a local
// change, every minute while online, and on request. Offline and server errors back off
// exponentially with jitter; an expired session stops the engine until the session changes.
import { createBackoff, type BackoffOptions } from './backoff';
import { browserLocks, holdLeaderLock, type LeaderLock, type LockManagerLike } from './leaderLock';
import type { SyncError, SyncReport } from './replicator';
import { getSyncStatus, isSyncStatus, setSyncStatus, useSyncStatus } from './syncStatusStore';

export const SYNC_CHANNEL_NAME = 'klimapartner-sync';
/** Wait this long after a local change, so a burst of saves goes out in one sync. */
export const LOCAL_CHANGE_DELAY_MS = 2_000;
/** Sync this often while online, to receive what others changed. */
export const SYNC_INTERVAL_MS = 60_000;

export type SyncTrigger =
  | 'start'
  | 'online'
  | 'visible'
  | 'localChange'
  | 'interval'
  | 'request'
  | 'session'
  | 'retry'
  | 'again';

/** Triggers that come from the person or a real change of circumstances: they skip the backoff. */
const URGENT: ReadonlySet<SyncTrigger> = new Set(['online', 'request', 'session']);

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

type Message =
  { type: 'status'; status: unknown } | { type: 'hello' | 'localChange' | 'request' | 'session' };

export interface SyncEngineOptions {
  /** One sync; null when nobody is signed in (nothing to do). */
  run: () => Promise<SyncReport | null>;
  /** Subscribe to local record changes (src/db's onLocalChange). */
  onLocalChange?: ((listener: () => void) => () => void) | undefined;
  /** Subscribe to sign-in, sign-out and expiry in this tab. */
  onSessionChange?: ((listener: () => void) => () => void) | undefined;
  /** Another tab signed in or out: reload what this tab knows about the session. */
  onOtherTabSessionChange?: (() => void) | undefined;
  /** A sync finished without errors at this time: keep it (the engine only shares it). */
  onSuccess?: ((at: string) => void) | undefined;
  /** Default: navigator.locks (null: no Web Locks, this tab leads). */
  locks?: LockManagerLike | null;
  /** Default: a BroadcastChannel (null: no other tabs to talk to). */
  channel?: ChannelLike | null;
  /** Receives 'online' and 'offline'. Default: window. */
  win?: EventTarget | undefined;
  /** Receives 'visibilitychange'. Default: document. */
  doc?: (EventTarget & { visibilityState: string }) | undefined;
  isOnline?: (() => boolean) | undefined;
  now?: (() => Date) | undefined;
  backoff?: BackoffOptions | undefined;
  debounceMs?: number | undefined;
  intervalMs?: number | undefined;
}

export interface SyncEngine {
  start(): void;
  stop(): void;
  /** Sync now (the person asked); in a tab that does not lead, the leading tab does it. */
  requestSync(): void;
  /** Whether this tab leads (holds the lock). */
  readonly isLeader: boolean;
}

function defaultChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(SYNC_CHANNEL_NAME) : null;
}

function failedReport(detail: string): SyncReport {
  return { pulled: 0, pushed: 0, conflicts: 0, rejected: 0, errors: [{ code: 'server', detail }] };
}

const hasCode = (errors: readonly SyncError[], code: SyncError['code']) =>
  errors.some((error) => error.code === code);

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const {
    run,
    onSuccess,
    debounceMs = LOCAL_CHANGE_DELAY_MS,
    intervalMs = SYNC_INTERVAL_MS,
  } = options;
  const win = options.win ?? (typeof window !== 'undefined' ? window : undefined);
  const doc = options.doc ?? (typeof document !== 'undefined' ? document : undefined);
  const isOnline =
    options.isOnline ?? (() => (typeof navigator !== 'undefined' ? navigator.onLine : true));
  const now = options.now ?? (() => new Date());
  const backoff = createBackoff(options.backoff);
  const ownsChannel = options.channel === undefined;

  let channel: ChannelLike | null = null;
  let lock: LeaderLock | null = null;
  let leader = false;
  let stopped = true;
  /** An expired session: nothing runs until the session changes or the person asks. */
  let halted = false;
  let running = false;
  let again = false;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let intervalTimer: ReturnType<typeof setInterval> | undefined;
  const cleanups: (() => void)[] = [];

  const post = (message: Message) => channel?.postMessage(message);

  function clearRetry() {
    clearTimeout(retryTimer);
    retryTimer = undefined;
  }

  function trigger(reason: SyncTrigger) {
    if (stopped || !leader) return;
    const urgent = URGENT.has(reason);
    if (halted && !urgent) return;
    if (!urgent && retryTimer !== undefined && reason !== 'retry') return;
    if (!urgent && reason !== 'retry' && !isOnline()) {
      if (!running) setSyncStatus({ state: 'offline' });
      return;
    }
    if (urgent) {
      clearRetry();
      backoff.reset();
    }
    if (running) {
      again = true;
      return;
    }
    void runOnce();
  }

  async function runOnce() {
    running = true;
    again = false;
    clearTimeout(debounceTimer);
    debounceTimer = undefined;
    clearRetry();
    setSyncStatus({ state: 'syncing', nextRetryAt: null });
    let report: SyncReport | null;
    try {
      report = await run();
    } catch (error) {
      // A bug must not make the engine spin or die: it counts as a server error (backs off).
      console.error('Sync failed', error);
      report = failedReport(error instanceof Error ? error.message : String(error));
    }
    running = false;
    if (stopped) return;
    finish(report);
    if (again) {
      again = false;
      trigger('again');
    }
  }

  function finish(report: SyncReport | null) {
    if (report === null) {
      halted = false;
      backoff.reset();
      setSyncStatus({ state: 'signedOut', errors: [], lastReport: null, nextRetryAt: null });
      return;
    }
    const errors = report.errors;
    if (hasCode(errors, 'unauthorized')) {
      halted = true;
      backoff.reset();
      setSyncStatus({ state: 'error', errors, lastReport: report, nextRetryAt: null });
      return;
    }
    halted = false;
    if (hasCode(errors, 'offline') || hasCode(errors, 'server')) {
      const delay = backoff.fail();
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        trigger('retry');
      }, delay);
      setSyncStatus({
        state: hasCode(errors, 'offline') ? 'offline' : 'error',
        errors,
        lastReport: report,
        nextRetryAt: new Date(now().getTime() + delay).toISOString(),
      });
      return;
    }
    backoff.reset();
    if (errors.length > 0) {
      setSyncStatus({ state: 'error', errors, lastReport: report, nextRetryAt: null });
      return;
    }
    const at = now().toISOString();
    onSuccess?.(at);
    setSyncStatus({ state: 'idle', errors: [], lastReport: report, lastSuccessAt: at });
  }

  function becomeLeader() {
    if (stopped) return;
    leader = true;
    let shared = '';
    const share = () => {
      // Only real changes: the status crosses to every tab, and a tab may echo what it got.
      const status = getSyncStatus();
      const text = JSON.stringify(status);
      if (text === shared) return;
      shared = text;
      post({ type: 'status', status });
    };
    cleanups.push(useSyncStatus.subscribe(share));
    share();
    intervalTimer = setInterval(() => trigger('interval'), intervalMs);
    trigger('start');
  }

  function onMessage(event: MessageEvent) {
    const message = event.data as Partial<Message> | null;
    switch (message?.type) {
      case 'status':
        if (!leader && 'status' in message && isSyncStatus(message.status)) {
          setSyncStatus(message.status);
        }
        break;
      case 'hello':
        // A new tab: it needs the status even if nothing changed since the last one shared.
        if (leader) post({ type: 'status', status: getSyncStatus() });
        break;
      case 'localChange':
        onLocalChange();
        break;
      case 'request':
        trigger('request');
        break;
      case 'session':
        options.onOtherTabSessionChange?.();
        trigger('session');
        break;
    }
  }

  function onLocalChange() {
    if (!leader) {
      post({ type: 'localChange' });
      return;
    }
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      debounceTimer = undefined;
      trigger('localChange');
    }, debounceMs);
  }

  function listen(target: EventTarget | undefined, type: string, listener: () => void) {
    if (!target) return;
    target.addEventListener(type, listener);
    cleanups.push(() => target.removeEventListener(type, listener));
  }

  return {
    get isLeader() {
      return leader;
    },
    start() {
      if (!stopped) return;
      stopped = false;
      channel = ownsChannel ? defaultChannel() : (options.channel ?? null);
      if (channel) {
        const current = channel;
        current.addEventListener('message', onMessage);
        cleanups.push(() => current.removeEventListener('message', onMessage));
      }
      listen(win, 'online', () => trigger('online'));
      listen(win, 'offline', () => {
        if (leader && !running) setSyncStatus({ state: 'offline' });
      });
      listen(doc, 'visibilitychange', () => {
        if (doc?.visibilityState === 'visible') trigger('visible');
      });
      if (options.onLocalChange) cleanups.push(options.onLocalChange(onLocalChange));
      if (options.onSessionChange) {
        cleanups.push(
          options.onSessionChange(() => {
            post({ type: 'session' });
            trigger('session');
          }),
        );
      }
      post({ type: 'hello' });
      lock = holdLeaderLock(
        options.locks === undefined ? browserLocks() : options.locks,
        becomeLeader,
      );
    },
    stop() {
      if (stopped) return;
      stopped = true;
      leader = false;
      lock?.release();
      lock = null;
      clearTimeout(debounceTimer);
      clearRetry();
      clearInterval(intervalTimer);
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (ownsChannel) channel?.close();
      channel = null;
    },
    requestSync() {
      if (leader) trigger('request');
      else post({ type: 'request' });
    },
  };
}
