import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { RecordSyncState } from '../../db';
import type { LogEntry } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { PhotoSection } from '../photos/PhotoSection';
import { paths } from '../shared/paths';
import { RecordMeta } from '../shared/RecordMeta';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useDeleteRecord } from '../shared/useDeleteRecord';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { FollowUpChecklist } from './FollowUpChecklist';
import { LinkedMeasures } from './LinkedMeasures';
import { LogEntryFacts } from './LogEntryFacts';
import { useDeploymentTitle } from './useDeploymentTitle';

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
  const loaded = useLoadedRecord('logEntry', logEntryId, partnershipId);
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
  const [, navigate] = useLocation();
  const titleOf = useDeploymentTitle();
  const deployment = useLoadedRecord('deployment', deploymentId, partnershipId);
  const deletion = useDeleteRecord(t('deployments:detail.deleteFailed'));

  const remove = () =>
    deletion.remove([entry.id], {
      onDeleted: () => navigate(paths.deployment(partnershipId, deploymentId)),
    });

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
      <LogEntryFacts entry={entry} />
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
        <FollowUpChecklist entry={entry} />
      </Section>
      <Section id="measures" title={t('deployments:field.measures')}>
        <LinkedMeasures partnershipId={partnershipId} measureIds={entry.measureIds} />
      </Section>
      <PhotoSection targetId={entry.id} partnershipId={partnershipId} lang={entry.lang} />
      <RecordMeta record={entry} sync={sync} />
      {deletion.error ? <Notice tone="error">{deletion.error}</Notice> : null}
      <div className="section button-row">
        <Button variant="danger" onClick={() => void remove()}>
          {t('common:actions.delete')}
        </Button>
      </div>
    </>
  );
}
