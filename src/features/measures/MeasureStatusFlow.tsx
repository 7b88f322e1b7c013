import { useTranslation } from 'react-i18next';
import { MEASURE_STATUSES, type MeasureStatus } from '../../domain';
import { useVocabLabel } from '../shared/useVocabOptions';
import './measures.css';

const STEPS: readonly MeasureStatus[] = MEASURE_STATUSES.filter((s) => s !== 'dropped');

/**
 * The status flow drawn as steps (idea → … → completed) with "dropped" aside, the given status
 * highlighted and the steps before it marked as passed.
 */
export function MeasureStatusFlow({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  const label = useVocabLabel();
  const currentIndex = STEPS.indexOf(status);
  const stepClass = (index: number) =>
    [
      'status-flow__step',
      index === currentIndex ? 'status-flow__step--current' : '',
      currentIndex >= 0 && index < currentIndex ? 'status-flow__step--passed' : '',
    ]
      .filter(Boolean)
      .join(' ');
  return (
    <div className="status-flow">
      <ol className="status-flow__steps" aria-label={t('measures:statusFlow.label')}>
        {STEPS.map((step, index) => (
          <li
            key={step}
            className={stepClass(index)}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            {label('measureStatus', step)}
          </li>
        ))}
      </ol>
      <p
        className={
          status === 'dropped'
            ? 'status-flow__aside status-flow__step status-flow__step--current'
            : 'status-flow__aside status-flow__step'
        }
        aria-current={status === 'dropped' ? 'step' : undefined}
      >
        {t('measures:statusFlow.aside', { status: label('measureStatus', 'dropped') })}
      </p>
    </div>
  );
}
