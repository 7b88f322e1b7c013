import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../domain';
import { useFormat } from '../../../i18n';
import { Badge } from '../../../ui/Badge';

/** The milestones in their order, each with its due date and whether it is reached. */
export function MeasureMilestoneList({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (measure.milestones.length === 0) {
    return <p className="muted">{t('measures:detail.noMilestones')}</p>;
  }
  return (
    <ol className="stack">
      {measure.milestones.map((milestone) => (
        <li key={milestone.id} className="card">
          <p className="card__title" dir="auto" lang={measure.lang}>
            {milestone.title}
          </p>
          <p className="card__meta">
            {milestone.dueDate ? (
              <span>{t('measures:detail.dueOn', { date: format.date(milestone.dueDate) })}</span>
            ) : null}
            {milestone.done ? (
              <Badge tone="success">{t('measures:milestone.done')}</Badge>
            ) : (
              <Badge>{t('measures:detail.open')}</Badge>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
