// The photos of a log entry or meeting, read live from the device (undefined while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { listPhotos, type PhotoItem } from '../../db';

export function usePhotos(targetId: string): PhotoItem[] | undefined {
  return useLiveQuery(() => listPhotos(targetId), [targetId]);
}
