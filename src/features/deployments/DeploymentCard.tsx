import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Deployment } from '../../domain';
import { paths } from '../shared/paths';
import { DeploymentDates } from './DeploymentDates';
import { DeploymentStatusBadge } from './DeploymentStatusBadge';
import { useDeploymentTitle } from './useDeploymentTitle';

/**
 * One deployment in the list. The whole card opens it; a deployment under way also offers a
 * direct way into a new log entry, since that is what experts on the road come for.
 */
export function DeploymentCard({
  deployment,
  logCount,
}: {
  deployment: Deployment;
  logCount: number;
}) {
  const { t } = useTranslation();
  const titleOf = useDeploymentTitle();
  const title = titleOf(deployment);
  const { partnershipId, id } = deployment;
  return (
    <div className="stack">
      <Link href={paths.deployment(partnershipId, id)} className="card">
        <p className="card__title">{title}</p>
        <p dir="auto" lang={deployment.lang}>
          {deployment.destination}
        </p>
        <p className="card__meta">
          <span>
            <DeploymentDates deployment={deployment} />
          </span>
          <DeploymentStatusBadge status={deployment.status} />
          <span>{t('deployments:logCount', { count: logCount })}</span>
        </p>
      </Link>
      {deployment.status === 'underway' ? (
        <div className="button-row">
          <Link
            href={paths.newLogEntry(partnershipId, id)}
            className="button button--primary"
            aria-label={t('deployments:list.addLogEntryTo', { title })}
          >
            {t('deployments:list.addLogEntry')}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
