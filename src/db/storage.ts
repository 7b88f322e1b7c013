// What the device says about its storage (space used and left, whether the browser keeps the data
// for good) for the settings screen, and asking the browser to keep it (navigator.storage.persist).
// Without that grant a browser may clear the site's data when space runs low; Safari on iOS does so
// after some days without use unless the app is installed on the home screen.
import { db } from './database';
import { readMeta, writeMeta } from './meta';

export interface StorageInfo {
  /** Bytes used by this site, when the browser tells. */
  usage: number | null;
  /** Bytes this site may use, when the browser tells. */
  quota: number | null;
  persisted: boolean | null;
  /** Whether the browser can be asked to keep the data (StorageManager.persist exists). */
  canAskPersistence: boolean;
  recordCount: number;
  draftCount: number;
  pendingCount: number;
}

function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const [recordCount, draftCount, pendingCount] = await Promise.all([
    db.records.filter((row) => row.deleted !== 1).count(),
    db.drafts.count(),
    db.records.where('pending').equals(1).count(),
  ]);
  const storage = storageManager();
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted,
    canAskPersistence: typeof storage?.persist === 'function',
    recordCount,
    draftCount,
    pendingCount,
  };
}

/**
 * Ask the browser to keep this site's data. Resolves to its answer, or null when it cannot be
 * asked. Only on a person's tap or through askPersistentStorageOnce: some browsers ask the person.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return null;
  try {
    return await storage.persist();
  } catch (error) {
    console.warn('Persistent storage not granted', error);
    return null;
  }
}

const PERSISTENCE_ASKED_KEY = 'storage.persistenceAsked';

/** Whether the app runs installed (from the home screen), where browsers grant persistence. */
function runsInstalled(): boolean {
  if (typeof window === 'undefined') return false;
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
  return standalone || (navigator as { standalone?: boolean }).standalone === true;
}

/**
 * Ask for persistent storage without nagging: after the first record is saved on this device, and
 * once more when the app first runs installed (where the browser's answer usually changes); never
 * again on its own after that (the settings have a button). Failures are only logged.
 */
export async function askPersistentStorageOnce(): Promise<void> {
  try {
    const storage = storageManager();
    if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') return;
    if (await storage.persisted()) return;
    const installed = runsInstalled();
    const asked = await readMeta<{ installed?: unknown }>(PERSISTENCE_ASKED_KEY);
    if (asked && (asked.installed === true || !installed)) return;
    // Noted before asking, so two quick saves never ask twice.
    await writeMeta(PERSISTENCE_ASKED_KEY, { at: new Date().toISOString(), installed });
    await storage.persist();
  } catch (error) {
    console.warn('Persistent storage not requested', error);
  }
}
