// A tiny event: "records changed on this device" — fired after a repository write has committed
// (saveRecord, deleteRecord, resolveConflict), so the sync engine can push soon. In this tab
// only: the sync engine passes it on to the tab that runs the sync.

export interface LocalChange {
  /** The IndexedDB database written to (several in tests). */
  database: string;
  /** The ids of the records that changed. */
  ids: string[];
}

export type LocalChangeListener = (change: LocalChange) => void;

const listeners = new Set<LocalChangeListener>();

/** Listen for local record changes; returns the unsubscribe function. */
export function onLocalChange(listener: LocalChangeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Called by the repository after a write has committed. */
export function notifyLocalChange(change: LocalChange): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      // A failing listener must not undo or hide a write that has already committed.
      console.error(error);
    }
  }
}
