// Telling a full disk from other storage failures, for every write path (record saves, drafts,
// deletions, sync). IndexedDB says QuotaExceededError, but it seldom arrives bare: Dexie wraps it
// (an AbortError of the transaction, or its own QuotaExceededError, with the cause in `.inner`;
// a BulkError with `failures`), and other code wraps errors in `cause`.

/** How deep to look into wrapped errors; wrappers are never nested deeper in practice. */
const MAX_DEPTH = 6;

function causesOf(error: object): unknown[] {
  const { inner, cause, failures, errors } = error as {
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
    errors?: unknown;
  };
  const lists = [failures, errors].flatMap((list) =>
    Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list) : [],
  );
  return [inner, cause, ...lists];
}

function isQuotaError(error: object): boolean {
  const { name } = error as { name?: unknown };
  // The second is older Firefox's name for a full localStorage.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A full disk (or a site over its quota), however the error came wrapped. */
export function isStorageFull(error: unknown): boolean {
  const seen = new Set<object>();
  const visit = (current: unknown, depth: number): boolean => {
    if (typeof current !== 'object' || current === null || seen.has(current)) return false;
    if (depth > MAX_DEPTH) return false;
    seen.add(current);
    if (isQuotaError(current)) return true;
    return causesOf(current).some((cause) => visit(cause, depth + 1));
  };
  return visit(error, 0);
}

/** Why a write failed, as far as the person can do something about it. */
export type WriteFailure = 'storageFull' | 'failed';

export function writeFailureOf(error: unknown): WriteFailure {
  return isStorageFull(error) ? 'storageFull' : 'failed';
}
