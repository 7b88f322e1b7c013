// The app's sync, wired once per tab: the CouchDB client for the app's own database, the session
// actions the screens call, and this tab's sync engine (started from main.tsx).
import { db, onLocalChange, readMeta, writeMeta } from '../db';
import { createCouchClient, type CouchClient } from './couchClient';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import { runSync } from './syncRun';
import {
  countUnsynced,
  loadAccount,
  onSessionChange,
  signIn,
  signOut,
  wipeDevice,
  type SignInResult,
} from './session';
import { getSyncStatus, setSyncStatus, useSyncStatus, type SyncStatus } from './syncStatusStore';

/** When the last sync without errors finished, kept across reloads. */
export const LAST_SUCCESS_META_KEY = 'sync.lastSuccessAt';

let client: CouchClient = createCouchClient();
let engine: SyncEngine | null = null;

/** The client the app talks to the server with. */
export function appClient(): CouchClient {
  return client;
}

/** Use another client (tests: a fake fetch; later: a server URL from the settings). */
export function setAppClient(next: CouchClient): void {
  client = next;
}

export function signInOnDevice(name: string, password: string): Promise<SignInResult> {
  return signIn({ db, client }, name, password);
}

export function signOutOnDevice(): Promise<void> {
  return signOut({ db, client });
}

/** Sign out and delete everything this app keeps on the device; the caller reloads the app. */
export async function signOutAndWipe(): Promise<void> {
  engine?.stop();
  engine = null;
  await signOut({ db, client });
  await wipeDevice(db, typeof localStorage !== 'undefined' ? localStorage : undefined);
}

export function countUnsyncedOnDevice(): Promise<{ records: number; drafts: number }> {
  return countUnsynced(db);
}

/** Start this tab's sync engine (once): it syncs when this tab leads, shows the status anyway. */
export async function startAppSync(): Promise<void> {
  if (engine) return;
  const [stored, lastSuccessAt] = await Promise.all([
    loadAccount(db),
    readMeta<string>(LAST_SUCCESS_META_KEY, db),
  ]);
  setSyncStatus({
    state: stored ? 'idle' : 'signedOut',
    lastSuccessAt: typeof lastSuccessAt === 'string' ? lastSuccessAt : null,
  });
  engine = createSyncEngine({
    run: () => runSync({ db, client }),
    onLocalChange: (listener) => onLocalChange(() => listener()),
    onSessionChange,
    onOtherTabSessionChange: () => void loadAccount(db),
    onSuccess: (at) =>
      void writeMeta(LAST_SUCCESS_META_KEY, at, db).catch((error: unknown) =>
        console.warn('Time of the last sync not kept', error),
      ),
  });
  engine.start();
}

export function stopAppSync(): void {
  engine?.stop();
  engine = null;
}

/** Ask for a sync now (in whichever tab leads). */
export function requestSync(): void {
  engine?.requestSync();
}

/**
 * Ask for a sync and wait until one that started after the request has finished (or the time is
 * up). Resolves with the status then.
 */
export function syncNow(timeoutMs = 60_000): Promise<SyncStatus> {
  return new Promise((resolve) => {
    // A sync already running may have started before the request: wait for the next one.
    let phase: 'current' | 'start' | 'running' =
      getSyncStatus().state === 'syncing' ? 'current' : 'start';
    const unsubscribe = useSyncStatus.subscribe((status) => {
      const syncing = status.state === 'syncing';
      if (phase === 'current' && !syncing) phase = 'start';
      else if (phase === 'start' && syncing) phase = 'running';
      else if (phase === 'running' && !syncing) done();
    });
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve(getSyncStatus());
    }
    if (!engine) {
      done();
      return;
    }
    engine.requestSync();
  });
}
