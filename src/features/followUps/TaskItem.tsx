import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { idToParam } from '../../domain';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { isOverdue, type CollectedTask } from './openTasks';

export interface TaskItemProps {
  item: CollectedTask;
  /** The current day (`YYYY-MM-DD`), to mark overdue tasks. */
  today: string;
  onToggle: (done: boolean) => void;
  /** Where the task comes from, e.g. a link to its meeting. */
  source?: ReactNode;
}

/** One follow-up or action item as a list entry: a checkbox that saves at once, owner and due date. */
export function TaskItem({ item, today, onToggle, source }: TaskItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { task, record } = item;
  const id = `task-${idToParam(record.id)}-${task.id}`;
  return (
    <li className="card">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={task.done}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span className="user-text" dir="auto" lang={record.lang}>
          {task.text}
        </span>
      </label>
      <p className="card__meta">
        {isOverdue(task, today) ? <Badge tone="danger">{t('followUps:task.overdue')}</Badge> : null}
        {task.done ? <Badge tone="success">{t('common:task.done')}</Badge> : null}
        <span>
          {task.dueDate
            ? t('followUps:task.due', { date: format.date(task.dueDate) })
            : t('followUps:task.noDueDate')}
        </span>
        {task.owner ? (
          <span dir="auto">{t('followUps:task.owner', { name: task.owner })}</span>
        ) : null}
      </p>
      {source}
    </li>
  );
}
