import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { withCurrentValues } from '../shared/withCurrentValues';

/** The languages partnerships work in most; others already on a record are kept and offered. */
export const WORKING_LANGUAGES = ['de', 'en', 'fr', 'es', 'pt', 'sw', 'ar'] as const;

export function WorkingLanguagesField({
  values,
  onChange,
  errors,
}: {
  values: readonly string[];
  onChange: (values: string[]) => void;
  errors: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = useMemo(
    () =>
      withCurrentValues(WORKING_LANGUAGES, values).map((code) => ({
        value: code,
        label: format.language(code),
      })),
    [values, format],
  );
  return (
    <CheckboxGroupField
      id="workingLanguages"
      legend={t('partnerships:form.workingLanguages')}
      options={options}
      values={values}
      onValuesChange={onChange}
      errors={errors}
    />
  );
}
