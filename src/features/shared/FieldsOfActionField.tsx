import { useTranslation } from 'react-i18next';
import { FIELDS_OF_ACTION, type FieldOfAction } from '../../domain';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { useVocabOptions } from './useVocabOptions';

/** Choose several fields of action. */
export function FieldsOfActionField({
  id = 'fieldsOfAction',
  values,
  onChange,
  errors,
}: {
  id?: string;
  values: readonly FieldOfAction[];
  onChange: (values: FieldOfAction[]) => void;
  errors?: readonly string[];
}) {
  const { t } = useTranslation();
  const options = useVocabOptions('fieldOfAction', FIELDS_OF_ACTION);
  return (
    <CheckboxGroupField
      id={id}
      legend={t('common:fieldsOfAction')}
      options={options}
      values={values}
      onValuesChange={(next) => onChange(next as FieldOfAction[])}
      errors={errors}
    />
  );
}
