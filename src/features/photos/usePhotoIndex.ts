// Which records have photos, for the cards of long lists: one live query shared by every card
// on screen (see watchPhotoIndex), so a card without photos costs no query of its own.
import { useSyncExternalStore } from 'react';
import { watchPhotoIndex } from '../../db';

const NONE: readonly string[] = [];
const listeners = new Set<() => void>();
let index: ReadonlyMap<string, string[]> | undefined;
let stop: (() => void) | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stop ??= watchPhotoIndex((next) => {
    index = next;
    for (const notify of [...listeners]) notify();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stop?.();
    stop = null;
    index = undefined;
  };
}

/** The ids of a record's photos, oldest first (empty while unknown and when it has none). */
export function usePhotoIdsOf(targetId: string): readonly string[] {
  const current = useSyncExternalStore(
    subscribe,
    () => index,
    () => undefined,
  );
  return current?.get(targetId) ?? NONE;
}
