// A log entry's location in words of the interface language: "48,13743° N, 11,57549° O", "± 12 m".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import type { LogLocation } from './geolocation';

export interface LocationText {
  coordinates: (location: LogLocation) => string;
  accuracy: (location: LogLocation) => string;
}

export function useLocationText(): LocationText {
  const { t } = useTranslation();
  const format = useFormat();
  const coordinates = useCallback(
    ({ latitude, longitude }: LogLocation) => {
      // Hemispheres instead of signs: a minus is easily lost, and "N"/"S" is how maps say it.
      const lat = format.number(Math.abs(latitude), 5);
      const lon = format.number(Math.abs(longitude), 5);
      return t('deployments:location.coordinates', {
        latitude:
          latitude >= 0
            ? t('deployments:location.north', { value: lat })
            : t('deployments:location.south', { value: lat }),
        longitude:
          longitude >= 0
            ? t('deployments:location.east', { value: lon })
            : t('deployments:location.west', { value: lon }),
      });
    },
    [t, format],
  );
  const accuracy = useCallback(
    (location: LogLocation) =>
      t('deployments:location.accuracy', { metres: format.number(location.accuracy, 0) }),
    [t, format],
  );
  return { coordinates, accuracy };
}
