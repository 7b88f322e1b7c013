// Which partnerships the person sees: those their roles give (a coordinator: all in the server's
// directory), plus those made on this device that never reached a server ("only on this device").
// Signed out, everything on the device is shown. Read live from the device, so it works offline.
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type LoadedRecord } from '../../db';
import { isPartnershipShown, readAccessiblePartnershipIds } from '../../sync/partnershipAccess';
import { readSession } from '../../sync/session';

export interface PartnershipVisibility {
  /** The partnership ids the user's roles give; null when signed out (everything is shown). */
  accessible: ReadonlySet<string> | null;
  /** Whether a partnership of the device's list is shown. */
  isVisible: (item: LoadedRecord) => boolean;
  /** Shown although no role gives it: made here and never on a server, so it syncs nowhere. */
  isLocalOnly: (item: LoadedRecord) => boolean;
}

function neverSynced(item: LoadedRecord): boolean {
  if (item.ok) return !item.sync.synced;
  const rev = (item.raw as { rev?: unknown } | null)?.rev;
  return rev === null || rev === undefined;
}

/** The visible partnership ids as a live query; undefined while loading. */
export function useVisiblePartnershipIds(): ReadonlySet<string> | null | undefined {
  const ids = useLiveQuery(async () => {
    const session = await readSession(db);
    return readAccessiblePartnershipIds(db, session?.user ?? null);
  }, []);
  if (ids === undefined) return undefined;
  return ids === null ? null : new Set(ids);
}

export function useVisiblePartnerships(): PartnershipVisibility | undefined {
  const accessible = useVisiblePartnershipIds();
  if (accessible === undefined) return undefined;
  return {
    accessible,
    isVisible: (item) => isPartnershipShown(accessible, item.id, neverSynced(item)),
    // Signed out, nothing syncs yet: no need to single anything out.
    isLocalOnly: (item) => accessible !== null && neverSynced(item) && !accessible.has(item.id),
  };
}
