// The device's position for a log entry: one high-accuracy reading, taken only when a person taps
// (the browser may ask them for permission then), and the link that opens it in a map app.
import type { LogEntry } from '../../domain';

export type LogLocation = NonNullable<LogEntry['location']>;

/** Why no position came: each has its own advice for the person. */
export type LocationProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** A satellite fix can take a while outdoors after the device was off; give it that long. */
export const LOCATION_TIMEOUT_MS = 20_000;
/** Worse than this (metres) is flagged: it may be the next street rather than the site. */
export const POOR_ACCURACY_METRES = 50;

export class LocationFailure extends Error {
  constructor(readonly problem: LocationProblem) {
    super(`No location: ${problem}`);
    this.name = 'LocationFailure';
  }
}

/** GeolocationPositionError's codes (the constants are not there in every environment). */
const PERMISSION_DENIED = 1;
const POSITION_UNAVAILABLE = 2;
const TIMEOUT = 3;

function problemOf(error: GeolocationPositionError): LocationProblem {
  switch (error.code) {
    case PERMISSION_DENIED:
      return 'denied';
    case TIMEOUT:
      return 'timeout';
    case POSITION_UNAVAILABLE:
    default:
      return 'unavailable';
  }
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** One fresh, high-accuracy reading of the device's position; rejects with a LocationFailure. */
export function locateDevice(
  geolocation: Geolocation | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator.geolocation,
): Promise<LogLocation> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new LocationFailure('unsupported'));
      return;
    }
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          // Six decimals are about 10 cm: more only pretend to a precision no phone has.
          latitude: round(position.coords.latitude, 6),
          longitude: round(position.coords.longitude, 6),
          accuracy: Math.max(0, Math.round(position.coords.accuracy)),
          capturedAt: new Date(position.timestamp || Date.now()).toISOString(),
        }),
      (error) => reject(new LocationFailure(problemOf(error))),
      { enableHighAccuracy: true, timeout: LOCATION_TIMEOUT_MS, maximumAge: 0 },
    );
  });
}

export function isPoorAccuracy(location: LogLocation): boolean {
  return location.accuracy > POOR_ACCURACY_METRES;
}

/** A coordinate as a URI writes it: a dot, at most six decimals, never an exponent. */
const uriNumber = (value: number) => value.toFixed(6).replace(/\.?0+$/, '');

/**
 * A `geo:` URI that opens the device's map app at the place; `q=` with the same point makes the
 * map apps on Android set a pin there instead of only centring the map.
 */
export function geoUri({ latitude, longitude }: LogLocation): string {
  const point = `${uriNumber(latitude)},${uriNumber(longitude)}`;
  return `geo:${point}?q=${point}`;
}
