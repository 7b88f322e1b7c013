import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../domain';
import { useFormat } from '../../../i18n';
import { Fact } from './Fact';

/** The indicators, each as a small definition list (a table would not fit a phone). */
export function MeasureIndicatorList({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (measure.indicators.length === 0) {
    return <p className="muted">{t('measures:detail.noIndicators')}</p>;
  }
  return (
    <ul className="stack">
      {measure.indicators.map((indicator) => {
        const withUnit = (value: number | null) =>
          value === null
            ? null
            : indicator.unit
              ? t('measures:detail.valueWithUnit', {
                  value: format.number(value),
                  unit: indicator.unit,
                })
              : format.number(value);
        return (
          <li key={indicator.id} className="card">
            <h3 className="card__title" dir="auto" lang={measure.lang}>
              {indicator.name}
            </h3>
            <dl className="facts measure-facts">
              <Fact term={t('measures:indicator.baseline')}>{withUnit(indicator.baseline)}</Fact>
              <Fact term={t('measures:indicator.target')}>{withUnit(indicator.target)}</Fact>
              <Fact term={t('measures:indicator.targetYear')}>
                {indicator.targetYear === null ? null : String(indicator.targetYear)}
              </Fact>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
