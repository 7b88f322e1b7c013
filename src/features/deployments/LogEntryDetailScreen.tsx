import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { deleteRecord, saveRecord, type RecordSyncState } from '../../db';
import type { LogEntry } from '../../domain';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { paths } from '../shared/paths';
import { RecordMeta } from '../shared/RecordMeta';
import { currentUser } from '../shared/sessionStore';
import { useVocabLabel } from '../shared/useVocabOptions';
import { FollowUpChecklist } from './FollowUpChecklist';
import { LinkedMeasures } from './LinkedMeasures';
import { recordFields } from './recordFields';
import { RecordUnavailable } from './RecordUnavailable';
import { useDeploymentTitle } from './useDeploymentTitle';
import { useLoadedRecord } from './useLoadedRecord';

/** One log entry, readable in full; its follow-ups can be ticked off right here. */
export function LogEntryDetailScreen({
  partnershipId,
  deploymentId,
  logEntryId,
}: {
  partnershipId: string;
  deploymentId: string;
  logEntryId: string;
}) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('logEntry', logEntryId);
  if (!loaded?.ok) {
    return <RecordUnavailable title={t('deployments:logDetail.fallbackTitle')} loaded={loaded} />;
  }
  return (
    <LogEntryDetail
      partnershipId={partnershipId}
      deploymentId={deploymentId}
      entry={loaded.record}
      sync={loaded.sync}
    />
  );
}

function LogEntryDetail({
  partnershipId,
  deploymentId,
  entry,
  sync,
}: {
  partnershipId: string;
  deploymentId: string;
  entry: LogEntry;
  sync: RecordSyncState;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
  const [, navigate] = useLocation();
  const titleOf = useDeploymentTitle();
  const deployment = useLoadedRecord('deployment', deploymentId);
  const [failed, setFailed] = useState<'toggle' | 'delete' | null>(null);

  const toggle = async (followUpId: string, done: boolean) => {
    setFailed(null);
    try {
      const result = await saveRecord({
        type: 'logEntry',
        id: entry.id,
        partnershipId: entry.partnershipId,
        fields: {
          ...recordFields('logEntry', entry),
          followUps: entry.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f)),
        },
        user: currentUser(),
        lang: entry.lang,
      });
      if (!result.ok) setFailed('toggle');
    } catch (error) {
      console.error('Follow-up not saved', error);
      setFailed('toggle');
    }
  };

  const remove = async () => {
    if (!window.confirm(t('common:actions.confirmDelete'))) return;
    try {
      await deleteRecord(entry.id, currentUser());
      navigate(paths.deployment(partnershipId, deploymentId));
    } catch (error) {
      console.error('Delete failed', error);
      setFailed('delete');
    }
  };

  return (
    <>
      <PageHeader
        title={entry.title}
        context={
          <Link href={paths.deployment(partnershipId, deploymentId)}>
            {deployment?.ok ? titleOf(deployment.record) : t('deployments:detail.fallbackTitle')}
          </Link>
        }
        actions={
          <Link href={paths.editLogEntry(partnershipId, deploymentId, entry.id)} className="button">
            {t('common:actions.edit')}
          </Link>
        }
      />
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
        {entry.fieldsOfAction.length > 0 ? (
          <>
            <dt>{t('common:fieldsOfAction')}</dt>
            <dd className="choices__options">
              {entry.fieldsOfAction.map((field) => (
                <Badge key={field}>{label('fieldOfAction', field)}</Badge>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <Section id="notes" title={t('deployments:field.notes')}>
        {entry.notes ? (
          <UserText text={entry.notes} lang={entry.lang} />
        ) : (
          <p className="muted">{t('deployments:logDetail.noNotes')}</p>
        )}
      </Section>
      {entry.peopleMet ? (
        <Section id="peopleMet" title={t('deployments:field.peopleMet')}>
          <UserText text={entry.peopleMet} lang={entry.lang} />
        </Section>
      ) : null}
      <Section id="followUps" title={t('deployments:field.followUps')}>
        {failed === 'toggle' ? (
          <Notice tone="error">{t('deployments:logDetail.toggleFailed')}</Notice>
        ) : null}
        <FollowUpChecklist
          followUps={entry.followUps}
          onToggle={(id, done) => void toggle(id, done)}
        />
      </Section>
      <Section id="measures" title={t('deployments:field.measures')}>
        <LinkedMeasures partnershipId={partnershipId} measureIds={entry.measureIds} />
      </Section>
      <RecordMeta record={entry} sync={sync} />
      {failed === 'delete' ? (
        <Notice tone="error">{t('deployments:detail.deleteFailed')}</Notice>
      ) : null}
      <div className="section button-row">
        <Button variant="danger" onClick={() => void remove()}>
          {t('common:actions.delete')}
        </Button>
      </div>
    </>
  );
}
