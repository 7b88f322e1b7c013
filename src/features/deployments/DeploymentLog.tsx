import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listLogEntries } from '../../db';
import { Section } from '../../ui/Section';
import { BrokenRecord } from '../shared/BrokenRecord';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { LogEntryCard } from './LogEntryCard';
import { sortLogEntries } from './ordering';

/**
 * A deployment's log, newest first. "New log entry" leads the section: one tap opens a form
 * with the time already filled in.
 */
export function DeploymentLog({
  partnershipId,
  deploymentId,
}: {
  partnershipId: string;
  deploymentId: string;
}) {
  const { t } = useTranslation();
  const entries = useLiveQuery(
    async () => sortLogEntries(await listLogEntries(deploymentId)),
    [deploymentId],
  );
  return (
    <Section
      id="log"
      title={t('deployments:log.title')}
      actions={
        <Link
          href={paths.newLogEntry(partnershipId, deploymentId)}
          className="button button--primary"
        >
          {t('deployments:log.new')}
        </Link>
      }
    >
      {entries === undefined ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p className="muted">{t('deployments:log.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('deployments:logCount', { count: entries.length })}</p>
          <ul className="stack">
            {entries.map((item) => (
              <li key={item.id}>
                {item.ok ? (
                  <LogEntryCard entry={item.record} />
                ) : (
                  <BrokenRecord id={item.id} errors={item.errors} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
