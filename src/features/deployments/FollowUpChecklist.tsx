import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../domain';
import { useFormat } from '../../i18n';
import { CheckboxField } from '../../ui/CheckboxField';
import { Notice } from '../../ui/Notice';
import { collectTasks } from '../followUps/openTasks';
import { useTaskToggle } from '../followUps/useTaskToggle';

/** The follow-ups of a log entry, each ticked off with one tap (saved as the open-tasks list does). */
export function FollowUpChecklist({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { toggle, error } = useTaskToggle();
  const items = collectTasks([entry]);
  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {items.length === 0 ? (
        <p className="muted">{t('deployments:logDetail.noFollowUps')}</p>
      ) : (
        <ul className="stack">
          {items.map((item) => {
            const { task } = item;
            return (
              <li key={task.id}>
                <CheckboxField
                  id={`followUp-${task.id}`}
                  label={task.text}
                  checked={task.done}
                  onCheckedChange={(done) => void toggle(item, done)}
                />
                {task.owner || task.dueDate ? (
                  <p className="card__meta">
                    {task.owner ? (
                      <span>{t('deployments:logDetail.owner', { name: task.owner })}</span>
                    ) : null}
                    {task.dueDate ? (
                      <span>
                        {t('deployments:logDetail.due', { date: format.date(task.dueDate) })}
                      </span>
                    ) : null}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
