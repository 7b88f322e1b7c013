import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../domain';
import { useFormat } from '../../i18n';
import { FieldsOfActionFact } from '../shared/FieldsOfActionFact';
import { useVocabLabel } from '../shared/useVocabOptions';
import { geoUri, isPoorAccuracy } from './geolocation';
import { useLocationText } from './useLocationText';

/** When, what kind and where of a log entry (with its location on a map), and its fields of action. */
export function LogEntryFacts({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
  const locationText = useLocationText();
  const { location } = entry;
  return (
    <dl className="facts">
      <dt>{t('deployments:field.occurredAt')}</dt>
      <dd>
        <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
      </dd>
      <dt>{t('deployments:field.kind')}</dt>
      <dd>{label('logEntryKind', entry.kind)}</dd>
      {entry.place ? (
        <>
          <dt>{t('deployments:field.place')}</dt>
          <dd dir="auto">{entry.place}</dd>
        </>
      ) : null}
      {location ? (
        <>
          <dt>{t('deployments:field.location')}</dt>
          <dd>
            {locationText.coordinates(location)}{' '}
            <span className="muted">
              (
              {isPoorAccuracy(location)
                ? t('deployments:location.imprecise', {
                    accuracy: locationText.accuracy(location),
                  })
                : locationText.accuracy(location)}
              )
            </span>
            <br />
            <a href={geoUri(location)}>{t('deployments:location.openMap')}</a>
          </dd>
        </>
      ) : null}
      <FieldsOfActionFact values={entry.fieldsOfAction} />
    </dl>
  );
}
