import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Section } from '../../ui/Section';
import { paths } from '../shared/paths';
import { useVocabLabel } from '../shared/useVocabOptions';
import type { StepState, TimelineItem, TimelineStep } from './partnershipSummary';
import './partnerships.css';

const TONES: Record<StepState, BadgeTone> = {
  open: 'neutral',
  planned: 'info',
  underway: 'warning',
  done: 'success',
};

function StepItem({ partnershipId, item }: { partnershipId: string; item: TimelineItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocab = useVocabLabel();
  if (item.kind === 'meeting') {
    return (
      <li>
        <Link href={paths.meeting(partnershipId, item.id)} dir="auto">
          {item.title}
        </Link>
        <span className="timeline__meta">
          {t(`partnerships:timeline.meetingState.${item.state}`, { date: format.date(item.date) })}
        </span>
      </li>
    );
  }
  const dates =
    item.startDate && item.endDate
      ? t('partnerships:timeline.dateRange', {
          start: format.date(item.startDate),
          end: format.date(item.endDate),
        })
      : format.date(item.startDate ?? item.endDate);
  return (
    <li>
      <Link href={paths.deployment(partnershipId, item.id)} dir="auto">
        {item.destination}
      </Link>
      <span className="timeline__meta">
        <span>{vocab('deploymentDirection', item.direction)}</span>
        {dates ? <span>{dates}</span> : null}
        <span>{vocab('deploymentStatus', item.status)}</span>
      </span>
    </li>
  );
}

/** The steps of the programme's phase, each with what the records say about it. */
export function PhaseTimeline({
  partnershipId,
  timeline,
}: {
  partnershipId: string;
  timeline: readonly TimelineStep[];
}) {
  const { t } = useTranslation();
  return (
    <Section id="partnership-timeline" title={t('partnerships:timeline.title')}>
      <ol className="timeline">
        {timeline.map((step) => (
          <li key={step.key} className={`timeline__step timeline__step--${step.state}`}>
            <div className="timeline__head">
              <h3>{t(`partnerships:timeline.step.${step.key}`)}</h3>
              <Badge tone={TONES[step.state]}>
                {t(`partnerships:timeline.state.${step.state}`)}
              </Badge>
            </div>
            {step.items.length > 0 ? (
              <ul className="timeline__items">
                {step.items.map((item) => (
                  <StepItem key={item.id} partnershipId={partnershipId} item={item} />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
