import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RecordSyncState } from '../../db';
import type { RecordMetaFields } from '../../domain';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { conflictPaths } from '../conflicts/conflictPaths';
import { RejectionNotice } from '../conflicts/RejectionNotice';

/** The sync state as screens pass it; conflict and rejection may be absent (older callers). */
export type RecordMetaSync = Pick<RecordSyncState, 'pending' | 'synced'> &
  Partial<Pick<RecordSyncState, 'conflict' | 'rejection'>>;

/** Where a record stands with the server, in one badge (a conflict or a rejection first). */
function SyncBadge({ id, sync }: { id: string; sync: RecordMetaSync }) {
  const { t } = useTranslation();
  if (sync.conflict) {
    return (
      <>
        <Badge tone="danger">{t('conflicts:state.conflict')}</Badge>
        <Link href={conflictPaths.record(id)}>{t('conflicts:resolve.title')}</Link>
      </>
    );
  }
  if (sync.rejection) return <Badge tone="danger">{t('conflicts:state.rejected')}</Badge>;
  if (sync.pending && sync.synced)
    return <Badge tone="warning">{t('conflicts:state.waiting')}</Badge>;
  if (!sync.synced) return <Badge tone="warning">{t('common:sync.pending')}</Badge>;
  return <Badge tone="success">{t('common:sync.synced')}</Badge>;
}

/** Who wrote a record and when, and where it stands with the server. */
export function RecordMeta({ record, sync }: { record: RecordMetaFields; sync: RecordMetaSync }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (user: string) => user || t('common:record.unknownUser');
  return (
    <>
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
        <SyncBadge id={record.id} sync={sync} />
      </div>
      {!sync.conflict && sync.rejection ? <RejectionNotice rejection={sync.rejection} /> : null}
    </>
  );
}
