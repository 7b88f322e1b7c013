import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../domain';
import { useFormat } from '../../../i18n';
import { useVocabLabel } from '../../shared/useVocabOptions';
import { Fact } from './Fact';

/** The measure at a glance: field of action, side, focus, priority, people, dates, impact. */
export function MeasureFacts({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const label = useVocabLabel();
  const format = useFormat();
  const user = (text: string) =>
    text ? (
      <span dir="auto" lang={measure.lang}>
        {text}
      </span>
    ) : null;
  return (
    <dl className="facts measure-facts">
      <Fact term={t('measures:fields.fieldOfAction')}>
        {label('fieldOfAction', measure.fieldOfAction)}
      </Fact>
      <Fact term={t('measures:fields.appliesTo')}>{label('measureSide', measure.appliesTo)}</Fact>
      <Fact term={t('measures:fields.climateFocus')}>
        {label('climateFocus', measure.climateFocus)}
      </Fact>
      <Fact term={t('measures:fields.priority')}>{label('priority', measure.priority)}</Fact>
      <Fact term={t('measures:fields.responsibleGerman')}>{user(measure.responsibleGerman)}</Fact>
      <Fact term={t('measures:fields.responsiblePartner')}>{user(measure.responsiblePartner)}</Fact>
      <Fact term={t('measures:fields.actors')}>
        {measure.actors.map((actor) => label('actorGroup', actor)).join(', ')}
      </Fact>
      <Fact term={t('measures:fields.startDate')}>{format.date(measure.startDate)}</Fact>
      <Fact term={t('measures:fields.endDate')}>{format.date(measure.endDate)}</Fact>
      <Fact term={t('measures:fields.co2eEstimate')}>
        {measure.co2eEstimate === null
          ? null
          : t('measures:detail.co2eValue', { value: format.number(measure.co2eEstimate, 1) })}
      </Fact>
    </dl>
  );
}
