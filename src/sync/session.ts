// The account on this device: sign in with CouchDB's `_session` (the server sets an HttpOnly
// cookie; the password is never stored), the last known user `{ name, roles }` kept in the db meta
// table so the app works offline, `expired` when the server no longer knows us (ask for the
// password again, touch nothing else), and sign-out with an optional wipe of the device.
import {
  countUnsyncedWork,
  deleteDeviceDatabase,
  deleteMeta,
  isStorageFull,
  readMeta,
  writeMeta,
  type KlimapartnerDb,
} from '../db';
import { setAccount, type SessionUser } from './accountStore';
import type { CouchClient } from './couchClient';
import { CouchHttpError, NetworkError } from './couchErrors';
import type { SyncError } from './replicator';

export type { SessionUser } from './accountStore';

export const SESSION_META_KEY = 'session';

export interface StoredSession {
  user: SessionUser;
  /** The server answered 401 while we thought we were signed in. */
  expired: boolean;
  signedInAt: string;
}

export interface SessionDeps {
  db: KlimapartnerDb;
  client: Pick<CouchClient, 'getSession' | 'signIn' | 'signOut'>;
}

const listeners = new Set<() => void>();

/** Listen for sign-in, sign-out and expiry in this tab; returns the unsubscribe function. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function emit() {
  for (const listener of [...listeners]) listener();
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const { user, expired } = value as Partial<StoredSession>;
  return (
    typeof user === 'object' &&
    user !== null &&
    typeof user.name === 'string' &&
    user.name !== '' &&
    Array.isArray(user.roles) &&
    user.roles.every((role) => typeof role === 'string') &&
    typeof expired === 'boolean'
  );
}

/** The last known session on this device; an unreadable one counts as signed out. */
export async function readSession(db: KlimapartnerDb): Promise<StoredSession | null> {
  const value = await readMeta(SESSION_META_KEY, db);
  return isStoredSession(value) ? value : null;
}

/** Read the stored session into the account store (at start-up, or when another tab changed it). */
export async function loadAccount(db: KlimapartnerDb): Promise<StoredSession | null> {
  const stored = await readSession(db);
  setAccount(stored?.user ?? null, stored?.expired ?? false);
  return stored;
}

async function store(db: KlimapartnerDb, session: StoredSession | null) {
  if (session) await writeMeta(SESSION_META_KEY, session, db);
  else await deleteMeta(SESSION_META_KEY, db);
  setAccount(session?.user ?? null, session?.expired ?? false);
  emit();
}

export type SignInProblem =
  'wrongCredentials' | 'offline' | 'unreachable' | 'unexpected' | 'storageFull';

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; problem: SignInProblem };

/** What went wrong with a sign-in, in terms a person can act on. */
export function signInProblemOf(error: unknown): SignInProblem {
  if (error instanceof NetworkError) return 'offline';
  if (error instanceof CouchHttpError) {
    if (error.status === 401) return 'wrongCredentials';
    // A reverse proxy answers for a server that is down or restarting.
    if (error.status === 502 || error.status === 503 || error.status === 504) return 'unreachable';
  }
  return 'unexpected';
}

/** Sign in; on success the user and roles are remembered on this device (never the password). */
export async function signIn(
  { db, client }: SessionDeps,
  name: string,
  password: string,
): Promise<SignInResult> {
  let info;
  try {
    info = await client.signIn(name.trim(), password);
  } catch (error) {
    return { ok: false, problem: signInProblemOf(error) };
  }
  if (!info.name) return { ok: false, problem: 'unexpected' };
  const user = { name: info.name, roles: info.roles };
  try {
    await store(db, { user, expired: false, signedInAt: new Date().toISOString() });
  } catch (error) {
    console.error('Session not kept on the device', error);
    return { ok: false, problem: isStorageFull(error) ? 'storageFull' : 'unexpected' };
  }
  return { ok: true, user };
}

/** The session has expired: keep the user (and all unsynced work), ask for the password. */
export async function markExpired(db: KlimapartnerDb): Promise<void> {
  const stored = await readSession(db);
  if (!stored || stored.expired) return;
  await store(db, { ...stored, expired: true });
}

export type SessionCheck =
  | { status: 'signedIn'; user: SessionUser }
  | { status: 'signedOut' }
  | { status: 'expired'; user: SessionUser }
  | { status: 'failed'; error: SyncError };

function failure(error: unknown): SyncError {
  if (error instanceof NetworkError) return { code: 'offline', detail: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'server', detail };
}

/**
 * Ask the server whether our session is still valid, and take its current roles (a coordinator
 * may have given us a partnership since). Offline, the stored user stays as it is.
 */
export async function checkSession({ db, client }: SessionDeps): Promise<SessionCheck> {
  const stored = await readSession(db);
  if (!stored) return { status: 'signedOut' };
  if (stored.expired) return { status: 'expired', user: stored.user };
  let info;
  try {
    info = await client.getSession();
  } catch (error) {
    return { status: 'failed', error: failure(error) };
  }
  if (info.name !== stored.user.name) {
    await markExpired(db);
    return { status: 'expired', user: stored.user };
  }
  const user = { name: info.name, roles: info.roles };
  if (JSON.stringify(user.roles) !== JSON.stringify(stored.user.roles)) {
    await store(db, { ...stored, user });
  }
  return { status: 'signedIn', user };
}

/**
 * Sign out. The server forgets the session when it can be reached; offline, its cookie simply
 * runs out. Without a wipe, the device's records stay (they are shown again after a sign-in).
 */
export async function signOut({ db, client }: SessionDeps): Promise<void> {
  try {
    await client.signOut();
  } catch {
    // Offline or already signed out on the server: forgetting the user here is what matters.
  }
  await store(db, null);
}

/** What a wipe would destroy that exists nowhere else. */
export function countUnsynced(db: KlimapartnerDb): Promise<{ records: number; drafts: number }> {
  return countUnsyncedWork(db);
}

/**
 * Delete everything this app keeps on the device: the IndexedDB database (records, drafts,
 * checkpoints, session) and localStorage (preferences). The caller reloads the app afterwards.
 */
export async function wipeDevice(db: KlimapartnerDb, storage?: Storage): Promise<void> {
  await deleteDeviceDatabase(db);
  storage?.clear();
  setAccount(null);
  emit();
}
