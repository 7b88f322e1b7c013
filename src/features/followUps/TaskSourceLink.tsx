import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n';
import { paths } from '../shared/paths';
import type { TaskRecord } from './openTasks';

/** A link to the meeting or log entry a task was written in. */
export function TaskSourceLink({ record }: { record: TaskRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pid = record.partnershipId;
  return (
    <p className="card__meta">
      {record.type === 'meeting' ? (
        <Link href={paths.meeting(pid, record.id)} dir="auto">
          {t('followUps:source.meeting', { title: record.title, date: format.date(record.date) })}
        </Link>
      ) : (
        <Link href={paths.logEntry(pid, record.deploymentId, record.id)} dir="auto">
          {t('followUps:source.logEntry', {
            title: record.title,
            date: format.date(record.occurredAt),
          })}
        </Link>
      )}
    </p>
  );
}
