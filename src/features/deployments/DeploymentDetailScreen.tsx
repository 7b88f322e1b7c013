import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { listLogEntries } from '../../db';
import type { Deployment } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { paths } from '../shared/paths';
import { RecordMeta } from '../shared/RecordMeta';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useDeleteRecord } from '../shared/useDeleteRecord';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { DeploymentFacts } from './DeploymentFacts';
import { DeploymentLog } from './DeploymentLog';
import { ParticipantList } from './ParticipantList';
import { useDeploymentTitle } from './useDeploymentTitle';

/** A deployment with its log: the screen an expert keeps open while travelling. */
export function DeploymentDetailScreen({
  partnershipId,
  deploymentId,
}: {
  partnershipId: string;
  deploymentId: string;
}) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('deployment', deploymentId, partnershipId);
  if (!loaded?.ok) {
    return <RecordUnavailable title={t('deployments:detail.fallbackTitle')} loaded={loaded} />;
  }
  return (
    <DeploymentDetail partnershipId={partnershipId} deployment={loaded.record} sync={loaded.sync} />
  );
}

function DeploymentDetail({
  partnershipId,
  deployment,
  sync,
}: {
  partnershipId: string;
  deployment: Deployment;
  sync: { pending: boolean; synced: boolean };
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const titleOf = useDeploymentTitle();
  const deletion = useDeleteRecord(t('deployments:detail.deleteFailed'));

  const remove = async () => {
    const log = await listLogEntries(deployment.id);
    // Its log goes with it: entries without their deployment could not be found any more.
    await deletion.remove([...log.map((entry) => entry.id), deployment.id], {
      question:
        log.length > 0 ? t('deployments:detail.deleteWithLog', { count: log.length }) : undefined,
      onDeleted: () => navigate(paths.deployments(partnershipId)),
    });
  };

  return (
    <>
      <PageHeader
        title={titleOf(deployment)}
        context={<Link href={paths.deployments(partnershipId)}>{t('deployments:list.title')}</Link>}
        actions={
          <Link href={paths.editDeployment(partnershipId, deployment.id)} className="button">
            {t('common:actions.edit')}
          </Link>
        }
      />
      <DeploymentFacts deployment={deployment} />
      <DeploymentLog partnershipId={partnershipId} deploymentId={deployment.id} />
      <Section id="participants" title={t('deployments:field.participants')}>
        <ParticipantList participants={deployment.participants} lang={deployment.lang} />
      </Section>
      <Section id="objectives" title={t('deployments:field.objectives')}>
        {deployment.objectives ? (
          <UserText text={deployment.objectives} lang={deployment.lang} />
        ) : (
          <p className="muted">{t('deployments:detail.noObjectives')}</p>
        )}
      </Section>
      <Section id="summary" title={t('deployments:field.summary')}>
        {deployment.summary ? (
          <UserText text={deployment.summary} lang={deployment.lang} />
        ) : (
          <p className="muted">{t('deployments:detail.noSummary')}</p>
        )}
      </Section>
      <RecordMeta record={deployment} sync={sync} />
      {deletion.error ? <Notice tone="error">{deletion.error}</Notice> : null}
      <div className="section button-row">
        <Button variant="danger" onClick={() => void remove()}>
          {t('common:actions.delete')}
        </Button>
      </div>
    </>
  );
}
