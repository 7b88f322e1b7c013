import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { idToParam, type Measure, type Partnership } from '../../domain';
import { useFormat } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { MeasureStatusBadge } from '../measures/MeasureStatusBadge';
import { paths } from '../shared/paths';
import { useVocabLabel } from '../shared/useVocabOptions';
import { shorten } from './programmeModel';

/** Element id of a measure's title link in the programme. */
export const measureLinkId = (measureId: string) => `programme-measure-${idToParam(measureId)}`;

/** One measure as it reads in the programme: number, title, facts and a short description. */
export function ProgrammeMeasureItem({
  measure,
  position,
  partnership,
}: {
  measure: Measure;
  position: number;
  partnership: Partnership;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocab = useVocabLabel();
  const start = format.date(measure.startDate);
  const end = format.date(measure.endDate);
  const period =
    start && end
      ? t('programme:measure.period', { start, end })
      : start
        ? t('programme:measure.periodFrom', { start })
        : end
          ? t('programme:measure.periodUntil', { end })
          : '';
  return (
    <>
      <h3 className="programme-measure__title">
        <span className="programme-measure__number">
          {t('programme:measure.number', { position })}
        </span>{' '}
        <Link
          id={measureLinkId(measure.id)}
          href={paths.measure(measure.partnershipId, measure.id)}
          lang={measure.lang}
          dir="auto"
        >
          {measure.title}
        </Link>
      </h3>
      <dl className="facts">
        <dt>{t('programme:measure.fieldOfAction')}</dt>
        <dd>{vocab('fieldOfAction', measure.fieldOfAction)}</dd>
        <dt>{t('programme:measure.status')}</dt>
        <dd>
          <MeasureStatusBadge status={measure.status} />
        </dd>
        {measure.responsibleGerman ? (
          <>
            <dt>
              {t('programme:measure.responsibleIn', {
                municipality: partnership.germanMunicipality,
              })}
            </dt>
            <dd dir="auto">{measure.responsibleGerman}</dd>
          </>
        ) : null}
        {measure.responsiblePartner ? (
          <>
            <dt>
              {t('programme:measure.responsibleIn', {
                municipality: partnership.partnerMunicipality,
              })}
            </dt>
            <dd dir="auto">{measure.responsiblePartner}</dd>
          </>
        ) : null}
        {period ? (
          <>
            <dt>{t('programme:measure.periodLabel')}</dt>
            <dd>{period}</dd>
          </>
        ) : null}
      </dl>
      {measure.description ? (
        <UserText text={shorten(measure.description)} lang={measure.lang} />
      ) : null}
    </>
  );
}
