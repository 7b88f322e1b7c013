import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { recordTitle, type AnyRecord } from '../../domain';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { conflictPaths } from './conflictPaths';
import { conflictedFields, type RecordConflict } from './conflictTypes';

/** One conflicted record in the list: what it is, since when, how much differs; opens the resolution. */
export function ConflictListItem({
  record,
  conflict,
}: {
  record: AnyRecord;
  conflict: RecordConflict;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = recordTitle(record);
  return (
    <Link href={conflictPaths.record(record.id)} className="card">
      <p className="card__title" dir="auto" lang={title ? record.lang : undefined}>
        {title || t('conflicts:list.untitled')}
      </p>
      <p className="card__meta">
        <Badge tone="danger">{t(`conflicts:type.${record.type}`)}</Badge>
        <span>
          {conflict.remote === null
            ? t('conflicts:list.deletedOnServer')
            : t('conflicts:list.fields', { count: conflictedFields(conflict).length })}
        </span>
        <span>
          {t('conflicts:list.detectedAt', { date: format.dateTime(conflict.detectedAt) })}
        </span>
      </p>
    </Link>
  );
}
