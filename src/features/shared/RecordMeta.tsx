import { useTranslation } from 'react-i18next';
import type { RecordMetaFields } from '../../domain';
import type { RecordSyncState } from '../../db';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';

/** Who wrote a record and when, and whether it has reached the server. */
export function RecordMeta({ record, sync }: { record: RecordMetaFields; sync: RecordSyncState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (user: string) => user || t('common:record.unknownUser');
  return (
    <div className="card__meta">
      <span>
        {t('common:record.createdBy', {
          name: name(record.createdBy),
          date: format.dateTime(record.createdAt),
        })}
      </span>
      {record.updatedAt !== record.createdAt ? (
        <span>
          {t('common:record.updatedBy', {
            name: name(record.updatedBy),
            date: format.dateTime(record.updatedAt),
          })}
        </span>
      ) : null}
      <Badge tone={sync.pending ? 'warning' : 'success'}>
        {sync.pending ? t('common:sync.pending') : t('common:sync.synced')}
      </Badge>
    </div>
  );
}
