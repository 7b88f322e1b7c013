import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../domain';
import { useFormat } from '../../../i18n';
import { useVocabLabel } from '../../shared/useVocabOptions';
import { Fact } from './Fact';

/** The resources by kind, with amounts in their currency and where they come from. */
export function MeasureResourceList({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
  if (measure.resources.length === 0) {
    return <p className="muted">{t('measures:detail.noResources')}</p>;
  }
  return (
    <ul className="stack">
      {measure.resources.map((resource) => (
        <li key={resource.id} className="card">
          <h3 className="card__title">{label('resourceKind', resource.kind)}</h3>
          <dl className="facts measure-facts">
            <Fact term={t('measures:resource.description')}>
              {resource.description ? (
                <span dir="auto" lang={measure.lang}>
                  {resource.description}
                </span>
              ) : null}
            </Fact>
            <Fact term={t('measures:resource.amount')}>
              {format.money(resource.amount, resource.currency)}
            </Fact>
            <Fact term={t('measures:resource.source')}>
              {label('resourceSource', resource.source)}
            </Fact>
          </dl>
        </li>
      ))}
    </ul>
  );
}
