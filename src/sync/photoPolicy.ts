// When photos may travel: the device's setting "photos only on Wi-Fi" against the connection the
// browser reports (Network Information API, `navigator.connection.type`; most browsers other
// than Chrome on Android do not tell, and then the setting cannot hold anything back).
import { createPhotoRepository, type KlimapartnerDb, type PhotoSettings } from '../db';

/** The part of the Network Information API's NetworkInformation used here. */
export interface ConnectionInfo {
  /** 'wifi', 'cellular', 'ethernet', … ; undefined when the browser does not tell. */
  readonly type?: string | undefined;
}

/** The browser's connection information, or null when it has none. */
export function currentConnection(): ConnectionInfo | null {
  if (typeof navigator === 'undefined') return null;
  const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
  return connection ?? null;
}

/** Whether the browser says which kind of network it is on. */
export function tellsConnectionType(connection: ConnectionInfo | null): boolean {
  return typeof connection?.type === 'string' && connection.type !== 'unknown';
}

/** Whether photos may be sent or fetched now under the setting. */
export function photosAllowedOn(settings: PhotoSettings, connection: ConnectionInfo | null) {
  return !(settings.wifiOnly && connection?.type === 'cellular');
}

/** Whether photos may travel now on this device (its stored setting, the current connection). */
export async function photoTransfersAllowed(
  database: KlimapartnerDb,
  connection: ConnectionInfo | null = currentConnection(),
): Promise<boolean> {
  const settings = await createPhotoRepository(database).readPhotoSettings();
  return photosAllowedOn(settings, connection);
}
