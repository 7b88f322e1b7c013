import { useTranslation } from 'react-i18next';
import { newItemId } from '../../../domain';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { ItemListEditor } from '../../shared/ItemListEditor';
import { replaceAt } from '../../shared/listItems';
import type { IndicatorInput, MeasureSectionProps } from '../measureForm';
import { NumberField } from './NumberField';

/** How success is measured: each indicator with unit, baseline, target and target year. */
export function MeasureIndicatorsSection({ values, update, errorsFor }: MeasureSectionProps) {
  const { t } = useTranslation();
  const indicators = values.indicators ?? [];
  return (
    <Section title={t('measures:form.sections.indicators')} id="measure-indicators">
      <ItemListEditor<IndicatorInput>
        id="indicators"
        legend={t('measures:fields.indicators')}
        addLabel={t('measures:form.addIndicator')}
        items={indicators}
        onChange={(next) => update({ indicators: next })}
        newItem={() => ({
          id: newItemId(),
          name: '',
          unit: '',
          baseline: null,
          target: null,
          targetYear: null,
        })}
        renderItem={(item, index, fieldId) => {
          const change = (patch: Partial<IndicatorInput>) =>
            update({ indicators: replaceAt(indicators, index, { ...item, ...patch }) });
          const errors = (name: string) => errorsFor(`indicators.${index}.${name}`);
          return (
            <>
              <TextField
                id={fieldId('name')}
                label={t('measures:indicator.name')}
                value={item.name}
                onValueChange={(name) => change({ name })}
                errors={errors('name')}
                required
              />
              <TextField
                id={fieldId('unit')}
                label={t('measures:indicator.unit')}
                hint={t('measures:indicator.unitHint')}
                value={item.unit ?? ''}
                onValueChange={(unit) => change({ unit })}
                errors={errors('unit')}
              />
              <NumberField
                id={fieldId('baseline')}
                label={t('measures:indicator.baseline')}
                value={item.baseline}
                onValueChange={(baseline) => change({ baseline })}
                errors={errors('baseline')}
              />
              <NumberField
                id={fieldId('target')}
                label={t('measures:indicator.target')}
                value={item.target}
                onValueChange={(target) => change({ target })}
                errors={errors('target')}
              />
              <NumberField
                id={fieldId('targetYear')}
                label={t('measures:indicator.targetYear')}
                value={item.targetYear}
                onValueChange={(targetYear) => change({ targetYear })}
                errors={errors('targetYear')}
                integer
                min={1990}
              />
            </>
          );
        }}
      />
    </Section>
  );
}
