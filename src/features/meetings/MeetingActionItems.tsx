import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../domain';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { collectTasks } from '../followUps/openTasks';
import { TaskItem } from '../followUps/TaskItem';
import { useTaskToggle } from '../followUps/useTaskToggle';
import { localDateString } from '../shared/dates';

/** The action items of a meeting, in the order written, each ticked off with one tap. */
export function MeetingActionItems({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { toggle, error } = useTaskToggle();
  const items = collectTasks([meeting]);
  const today = localDateString(new Date());
  return (
    <Section id="actionItems" title={t('meetings:fields.actionItems')}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {items.length > 0 ? (
        <ul className="stack">
          {items.map((item) => (
            <TaskItem
              key={item.key}
              item={item}
              today={today}
              onToggle={(done) => void toggle(item, done)}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('meetings:detail.noActionItems')}</p>
      )}
    </Section>
  );
}
