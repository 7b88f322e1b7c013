import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';

/** Who last changed one version of a record and when, if that version says so. */
export function VersionAuthor({ by, at }: { by: unknown; at: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (typeof at !== 'string' || at === '') return null;
  return (
    <p className="conflict-version__author">
      {t('conflicts:resolve.changedBy', {
        name: typeof by === 'string' && by !== '' ? by : t('common:record.unknownUser'),
        date: format.dateTime(at),
      })}
    </p>
  );
}
