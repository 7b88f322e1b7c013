// `/conflicts/:type/:ulid`: one record's open conflict, to settle field by field.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getRecord } from '../../db';
import { isRecordId, recordTitle } from '../../domain';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { ConflictResolution } from './ConflictResolution';
import { conflictPaths } from './conflictPaths';
import { RemoteDeletion } from './RemoteDeletion';
import './conflicts.css';

export function ConflictResolveScreen({ type, ulid }: { type: string; ulid: string }) {
  const { t } = useTranslation();
  const id = `${type}:${ulid}`;
  const valid = isRecordId(id);
  const loaded = useLiveQuery(
    async () => (valid ? ((await getRecord(id)) ?? null) : null),
    [id, valid],
  );
  const toList = (
    <Link href={conflictPaths.list()} className="button">
      {t('conflicts:resolve.toList')}
    </Link>
  );

  if (loaded === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  if (loaded === null || !loaded.ok) {
    return (
      <>
        <PageHeader title={t('conflicts:resolve.title')} actions={toList} />
        {loaded === null ? (
          <Notice tone="warning">{t('common:record.notFound')}</Notice>
        ) : (
          <BrokenRecord id={loaded.id} errors={loaded.errors} />
        )}
      </>
    );
  }

  const { record, sync } = loaded;
  const conflict = sync.conflict ?? null;
  const title = recordTitle(record);
  const context = (
    <>
      {t(`conflicts:type.${record.type}`)}
      {title ? (
        <>
          {' · '}
          <bdi lang={record.lang}>{title}</bdi>
        </>
      ) : null}
    </>
  );
  return (
    <>
      <PageHeader title={t('conflicts:resolve.title')} context={context} />
      {conflict === null ? (
        <Notice tone="success">
          <p>{t('conflicts:resolve.noConflict')}</p>
          {toList}
        </Notice>
      ) : conflict.remote === null ? (
        <RemoteDeletion record={record} />
      ) : (
        <>
          <p>{t('conflicts:resolve.explanation')}</p>
          <ConflictResolution record={record} conflict={{ ...conflict, remote: conflict.remote }} />
        </>
      )}
    </>
  );
}
