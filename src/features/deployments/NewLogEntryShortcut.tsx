// /log/new, the target of the installed app's shortcut "New log entry": opens the log entry form
// of the deployment under way at once, lets the person choose when several could be meant, and
// says so (with the way to the deployments) when there is none.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { listAllRecords, validRecords } from '../../db';
import type { Partnership } from '../../domain';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useVisiblePartnerships } from '../account/useVisiblePartnerships';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';
import { DeploymentDates } from './DeploymentDates';
import { DeploymentStatusBadge } from './DeploymentStatusBadge';
import { logShortcutTarget } from './logShortcut';
import { useDeploymentTitle } from './useDeploymentTitle';

export function NewLogEntryShortcut() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const titleOf = useDeploymentTitle();
  const partnershipTitleOf = usePartnershipTitleOf();
  const visibility = useVisiblePartnerships();
  const stored = useLiveQuery(async () => {
    const [partnerships, deployments] = await Promise.all([
      listAllRecords('partnership'),
      listAllRecords('deployment'),
    ]);
    return { partnerships, deployments };
  }, []);

  const data = useMemo(() => {
    if (!stored || !visibility) return undefined;
    const partnerships = validRecords(stored.partnerships.filter(visibility.isVisible));
    const byId = new Map<string, Partnership>(partnerships.map((p) => [p.id, p]));
    const deployments = validRecords(stored.deployments).filter((d) => byId.has(d.partnershipId));
    return { partnerships, byId, target: logShortcutTarget(deployments) };
  }, [stored, visibility]);

  const target = data?.target;
  useEffect(() => {
    if (target?.kind === 'go') {
      const { partnershipId, id } = target.deployment;
      navigate(paths.newLogEntry(partnershipId, id), { replace: true });
    }
  }, [target, navigate]);

  if (!data || data.target.kind === 'go') return <Loading />;

  const title = t('pwa:shortcut.title');
  if (data.target.kind === 'none') {
    return (
      <>
        <PageHeader title={title} />
        <EmptyState title={t('pwa:shortcut.none.title')}>
          <p>{t('pwa:shortcut.none.text')}</p>
          {data.partnerships.length === 0 ? (
            <Link href={paths.home()} className="button button--primary">
              {t('pwa:shortcut.none.toPartnerships')}
            </Link>
          ) : (
            <ul className="stack">
              {data.partnerships.map((partnership) => (
                <li key={partnership.id}>
                  <Link href={paths.deployments(partnership.id)} className="button">
                    {t('pwa:shortcut.none.toDeployments', {
                      partnership: partnershipTitleOf(partnership),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} />
      <p>{t('pwa:shortcut.choose')}</p>
      <ul className="stack">
        {data.target.deployments.map((deployment) => {
          const partnership = data.byId.get(deployment.partnershipId);
          return (
            <li key={deployment.id}>
              <Link
                href={paths.newLogEntry(deployment.partnershipId, deployment.id)}
                className="card"
              >
                <p className="card__title">{titleOf(deployment)}</p>
                {partnership ? <p dir="auto">{partnershipTitleOf(partnership)}</p> : null}
                <p className="card__meta">
                  <span dir="auto" lang={deployment.lang}>
                    {deployment.destination}
                  </span>
                  <span>
                    <DeploymentDates deployment={deployment} />
                  </span>
                  <DeploymentStatusBadge status={deployment.status} />
                </p>
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
