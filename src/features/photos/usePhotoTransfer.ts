// Whether photos may be fetched now, and if not why: offline, or held back by the setting
// "photos only on Wi-Fi" while the browser reports mobile data.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { readPhotoSettings } from '../../db';
import {
  currentConnection,
  photosAllowedOn,
  tellsConnectionType,
  type ConnectionInfo,
} from '../../sync/photoPolicy';
import { useOnline } from '../sync/useOnline';

type ConnectionEvents = ConnectionInfo & EventTarget;

function subscribe(onChange: () => void): () => void {
  const connection = currentConnection() as ConnectionEvents | null;
  if (typeof connection?.addEventListener !== 'function') return () => undefined;
  connection.addEventListener('change', onChange);
  return () => connection.removeEventListener('change', onChange);
}

/** The kind of network the browser reports ('wifi', 'cellular' …), undefined when it does not. */
export function useConnectionType(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => currentConnection()?.type,
    () => undefined,
  );
}

/** 'checking': the setting is being read. */
export type PhotoTransfer = 'allowed' | 'offline' | 'wifiOnly' | 'checking';

/** Whether photos may travel now: 'allowed', or the reason they may not (yet). */
export function usePhotoTransfer(): PhotoTransfer {
  const online = useOnline();
  const type = useConnectionType();
  const settings = useLiveQuery(() => readPhotoSettings(), []);
  if (!online) return 'offline';
  // Until the setting is read, nothing goes: it may say "not on mobile data".
  if (!settings) return 'checking';
  return photosAllowedOn(settings, { type }) ? 'allowed' : 'wifiOnly';
}

/** Whether the browser tells the kind of network at all (else the setting cannot act). */
export function useTellsConnectionType(): boolean {
  const type = useConnectionType();
  return tellsConnectionType({ type });
}
