// Every form that is open registers its draft flush here, so that something outside the form (an
// app update, a sign-out) can write all unsaved typing to IndexedDB before it reloads the page.
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Called by useDraftForm while a form is mounted; returns the unregister function. */
export function registerOpenDraft(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/**
 * Writes every open form's pending changes now. Resolves to false when any write failed (the
 * text is still in its form, and that form shows why): the caller must not reload then.
 */
export async function flushOpenDrafts(): Promise<boolean> {
  const results = await Promise.allSettled([...flushes].map((flush) => flush()));
  return results.every((result) => result.status === 'fulfilled');
}
