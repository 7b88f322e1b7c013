import { useTranslation } from 'react-i18next';
import { SDGS } from '../../../domain';
import { CheckboxGroupField } from '../../../ui/CheckboxGroupField';
import { Section } from '../../../ui/Section';
import { useVocabOptions } from '../../shared/useVocabOptions';
import type { MeasureSectionProps } from '../measureForm';
import { NumberField } from './NumberField';

/** The Sustainable Development Goals served and the estimated reduction of emissions. */
export function MeasureImpactSection({ values, update, errorsFor }: MeasureSectionProps) {
  const { t } = useTranslation();
  const sdgOptions = useVocabOptions('sdg', SDGS);
  return (
    <Section title={t('measures:form.sections.impact')} id="measure-impact">
      <CheckboxGroupField
        id="sdgs"
        legend={t('measures:fields.sdgs')}
        options={sdgOptions}
        values={(values.sdgs ?? []).map(String)}
        onValuesChange={(sdgs) => update({ sdgs: sdgs.map(Number) })}
        errors={errorsFor('sdgs')}
      />
      <NumberField
        id="co2eEstimate"
        label={t('measures:fields.co2eEstimate')}
        hint={t('measures:form.co2eHint')}
        value={values.co2eEstimate}
        onValueChange={(co2eEstimate) => update({ co2eEstimate })}
        errors={errorsFor('co2eEstimate')}
        min={0}
      />
    </Section>
  );
}
