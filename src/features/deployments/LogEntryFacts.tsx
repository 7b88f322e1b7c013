import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../domain';
import { useFormat } from '../../i18n';
import { FieldsOfActionFact } from '../shared/FieldsOfActionFact';
import { useVocabLabel } from '../shared/useVocabOptions';

/** When, what kind and where of a log entry, and its fields of action. */
export function LogEntryFacts({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
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
      <FieldsOfActionFact values={entry.fieldsOfAction} />
    </dl>
  );
}
