// Fetching one image of a photo from the server for a screen that shows it: at once when asked
// to (a list's thumbnail, the picture in the full view) and allowed, or when the person taps
// "try again". The image then appears through the live query of whoever shows it. Which
// downloads run or failed is shared by every screen (one per image at a time).
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { db, type PhotoFileState } from '../../db';
import type { PhotoPart } from '../../domain';
import { appClient } from '../../sync/appSync';
import { downloadPhotoPart } from '../../sync/photoDownload';
import { usePhotoTransfer, type PhotoTransfer } from './usePhotoTransfer';

/** 'loading' while fetching; 'failed' when the last try went wrong (no network, server). */
export type DownloadStatus = 'idle' | 'loading' | 'failed';

const statuses = new Map<string, Exclude<DownloadStatus, 'idle'>>();
const listeners = new Set<() => void>();

function setStatus(key: string, status: DownloadStatus) {
  if (status === 'idle') statuses.delete(key);
  else statuses.set(key, status);
  for (const listener of [...listeners]) listener();
}

/** Back online: what failed may be tried again (by itself, where a screen fetches at once). */
function forgetFailures() {
  for (const [key, status] of statuses) if (status === 'failed') setStatus(key, 'idle');
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('online', forgetFailures);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('online', forgetFailures);
  };
}

/** Start fetching one image (nothing happens while it is being fetched already). */
export function requestPhotoDownload(photoId: string, part: PhotoPart): void {
  const key = `${photoId}|${part}`;
  if (statuses.get(key) === 'loading') return;
  setStatus(key, 'loading');
  downloadPhotoPart({ db, client: appClient() }, photoId, part).then(
    () => setStatus(key, 'idle'),
    (error: unknown) => {
      console.warn('Photo not downloaded', error);
      setStatus(key, 'failed');
    },
  );
}

export interface PhotoDownload {
  status: DownloadStatus;
  transfer: PhotoTransfer;
  /** Fetch now. */
  start: () => void;
}

export function usePhotoDownload(
  photoId: string,
  part: PhotoPart,
  state: PhotoFileState,
  auto: boolean,
): PhotoDownload {
  const transfer = usePhotoTransfer();
  const key = `${photoId}|${part}`;
  const status = useSyncExternalStore(
    subscribe,
    () => statuses.get(key) ?? 'idle',
    () => 'idle' as const,
  );
  const start = useCallback(() => requestPhotoDownload(photoId, part), [photoId, part]);
  // A failed try is not repeated by itself until the network comes back (or the person asks).
  const wanted = auto && state === 'remote' && transfer === 'allowed' && status === 'idle';
  useEffect(() => {
    if (wanted) start();
  }, [wanted, start]);
  return { status, transfer, start };
}
