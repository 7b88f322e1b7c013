import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listRecords } from '../../db';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import type { SelectOption } from '../../ui/SelectField';
import { withCurrentValues } from '../shared/withCurrentValues';

/**
 * Links from a log entry to the partnership's measures, chosen by title. Links to measures that are
 * broken or gone stay offered (and checked), so editing the entry never drops them unseen.
 */
export function MeasureLinksField({
  partnershipId,
  values,
  onChange,
  errors,
}: {
  partnershipId: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  errors?: readonly string[];
}) {
  const { t } = useTranslation();
  const measures = useLiveQuery(() => listRecords('measure', partnershipId), [partnershipId]);
  if (measures === undefined) return null;
  const known: SelectOption[] = measures
    .map((item) => ({
      value: item.id,
      label: item.ok ? item.record.title : t('deployments:field.brokenMeasure', { id: item.id }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const labels = new Map(known.map((option) => [option.value, option.label]));
  const options = withCurrentValues([...labels.keys()], values).map((id) => ({
    value: id,
    label: labels.get(id) ?? t('deployments:field.missingMeasure', { id }),
  }));
  if (options.length === 0) {
    return (
      <fieldset className="choices" id="measureIds">
        <legend className="field__label">{t('deployments:field.measures')}</legend>
        <p className="muted">{t('deployments:logForm.noMeasures')}</p>
      </fieldset>
    );
  }
  return (
    <CheckboxGroupField
      id="measureIds"
      legend={t('deployments:field.measures')}
      options={options}
      values={values}
      onValuesChange={onChange}
      errors={errors}
    />
  );
}
