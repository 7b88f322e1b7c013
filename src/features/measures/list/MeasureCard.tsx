import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Measure } from '../../../domain';
import { useFormat } from '../../../i18n';
import { paths } from '../../shared/paths';
import { useVocabLabel } from '../../shared/useVocabOptions';
import { MeasureStatusBadge } from '../MeasureStatusBadge';

/** One measure in the list: what it is, where it stands, and what it is expected to bring. */
export function MeasureCard({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
  const sdgs = [...measure.sdgs].sort((a, b) => a - b);
  return (
    <Link href={paths.measure(measure.partnershipId, measure.id)} className="card">
      <p className="card__title" dir="auto" lang={measure.lang}>
        {measure.title}
      </p>
      <p className="card__meta">
        <MeasureStatusBadge status={measure.status} />
        <span>{label('fieldOfAction', measure.fieldOfAction)}</span>
        <span>
          {t('measures:card.priority', { priority: label('priority', measure.priority) })}
        </span>
        <span>{label('measureSide', measure.appliesTo)}</span>
        {sdgs.length > 0 ? (
          <span>
            {t('measures:card.sdgs', {
              count: sdgs.length,
              numbers: sdgs.map((n) => format.number(n, 0)).join(', '),
            })}
          </span>
        ) : null}
        {measure.co2eEstimate !== null ? (
          <span>{t('measures:card.co2e', { value: format.number(measure.co2eEstimate, 1) })}</span>
        ) : null}
      </p>
    </Link>
  );
}
