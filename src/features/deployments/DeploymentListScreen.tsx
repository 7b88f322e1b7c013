import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listRecords } from '../../db';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { DeploymentCard } from './DeploymentCard';
import { countByDeployment, sortDeployments } from './ordering';

/** The deployments of a partnership, in the order of the phase. */
export function DeploymentListScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const data = useLiveQuery(async () => {
    const [deployments, logEntries] = await Promise.all([
      listRecords('deployment', partnershipId),
      listRecords('logEntry', partnershipId),
    ]);
    return { deployments: sortDeployments(deployments), logCounts: countByDeployment(logEntries) };
  }, [partnershipId]);

  const newLink = (label: string) => (
    <Link href={paths.newDeployment(partnershipId)} className="button button--primary">
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={t('deployments:list.title')}
        actions={data && data.deployments.length > 0 ? newLink(t('deployments:list.new')) : null}
      />
      {data === undefined ? (
        <Loading />
      ) : data.deployments.length === 0 ? (
        <EmptyState title={t('deployments:list.empty.title')}>
          <p>{t('deployments:list.empty.text')}</p>
          {newLink(t('deployments:list.empty.action'))}
        </EmptyState>
      ) : (
        <ul className="stack">
          {data.deployments.map((item) => (
            <li key={item.id}>
              {item.ok ? (
                <DeploymentCard
                  deployment={item.record}
                  logCount={data.logCounts.get(item.id) ?? 0}
                />
              ) : (
                <BrokenRecord id={item.id} errors={item.errors} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
