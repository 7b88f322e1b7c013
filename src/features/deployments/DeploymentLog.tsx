import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listLogEntryRows, type StoredRow } from '../../db';
import type { LogEntry } from '../../domain';
import { Section } from '../../ui/Section';
import { LoadedRow } from '../shared/LoadedRow';
import { Loading } from '../shared/Loading';
import { PagedList } from '../shared/PagedList';
import { useLiveRows } from '../shared/useLiveRows';
import { paths } from '../shared/paths';
import { LogEntryCard } from './LogEntryCard';
import { sortLogRows } from './ordering';

const rowKey = (row: StoredRow) => row.id;
const renderRow = (row: StoredRow) => (
  <LoadedRow<LogEntry> row={row}>{(entry) => <LogEntryCard entry={entry} />}</LoadedRow>
);

/**
 * A deployment's log, newest first. "New log entry" leads the section: one tap opens a form
 * with the time already filled in. Logs run to thousands of entries: the rows are sorted by their
 * time as stored, and only the entries shown (a page at a time) are validated and rendered.
 */
export function DeploymentLog({
  partnershipId,
  deploymentId,
}: {
  partnershipId: string;
  deploymentId: string;
}) {
  const { t } = useTranslation();
  const rows = useLiveRows(`log/${deploymentId}`, 'logEntry', async () =>
    sortLogRows(await listLogEntryRows(deploymentId)),
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
      {rows === undefined ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t('deployments:log.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('deployments:logCount', { count: rows.length })}</p>
          <PagedList
            items={rows}
            memoryKey={`log/${deploymentId}`}
            itemKey={rowKey}
            renderItem={renderRow}
          />
        </>
      )}
    </Section>
  );
}
