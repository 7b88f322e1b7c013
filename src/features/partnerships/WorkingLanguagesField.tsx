import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';

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
  const options = useMemo(() => {
    const codes: string[] = [...WORKING_LANGUAGES];
    for (const code of values) if (!codes.includes(code)) codes.push(code);
    return codes.map((code) => ({ value: code, label: format.language(code) }));
  }, [values, format]);
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
