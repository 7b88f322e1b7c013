import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../domain';
import { useFormat } from '../../i18n';
import { CheckboxField } from '../../ui/CheckboxField';

/** The follow-ups of a log entry, each ticked off with one tap. */
export function FollowUpChecklist({
  followUps,
  onToggle,
}: {
  followUps: LogEntry['followUps'];
  onToggle: (followUpId: string, done: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (followUps.length === 0) {
    return <p className="muted">{t('deployments:logDetail.noFollowUps')}</p>;
  }
  return (
    <ul className="stack">
      {followUps.map((task) => (
        <li key={task.id}>
          <CheckboxField
            id={`followUp-${task.id}`}
            label={task.text}
            checked={task.done}
            onCheckedChange={(done) => onToggle(task.id, done)}
          />
          {task.owner || task.dueDate ? (
            <p className="card__meta">
              {task.owner ? (
                <span>{t('deployments:logDetail.owner', { name: task.owner })}</span>
              ) : null}
              {task.dueDate ? (
                <span>{t('deployments:logDetail.due', { date: format.date(task.dueDate) })}</span>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
