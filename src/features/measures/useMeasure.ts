// One measure of a partnership, read live from the device.
import { useLiveQuery } from 'dexie-react-hooks';
import { getRecord, type LoadedRecord } from '../../db';
import type { Measure } from '../../domain';

/**
 * Undefined while loading; null when there is no such measure in this partnership (never was,
 * deleted, or another partnership's); otherwise the measure, valid or broken.
 */
export function useMeasure(
  partnershipId: string,
  measureId: string | undefined,
): LoadedRecord<Measure> | null | undefined {
  return useLiveQuery(async () => {
    if (!measureId) return null;
    const loaded = await getRecord<Measure>(measureId);
    if (!loaded) return null;
    if (!loaded.ok) {
      const raw = loaded.raw as { partnershipId?: unknown; type?: unknown };
      return raw.partnershipId === partnershipId && raw.type === 'measure' ? loaded : null;
    }
    return loaded.record.type === 'measure' && loaded.record.partnershipId === partnershipId
      ? loaded
      : null;
  }, [partnershipId, measureId]);
}
