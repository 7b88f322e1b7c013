import { FieldErrors } from './FieldErrors';
import type { SelectOption } from './SelectField';

export interface CheckboxGroupFieldProps {
  id: string;
  legend: string;
  options: readonly SelectOption[];
  values: readonly string[];
  onValuesChange: (values: string[]) => void;
  errors?: readonly string[] | undefined;
}

/** Several choices at once (fields of action, SDGs …), as a fieldset of checkboxes. */
export function CheckboxGroupField({
  id,
  legend,
  options,
  values,
  onValuesChange,
  errors = [],
}: CheckboxGroupFieldProps) {
  const toggle = (value: string, on: boolean) =>
    onValuesChange(
      on
        ? options.map((o) => o.value).filter((v) => v === value || values.includes(v))
        : values.filter((v) => v !== value),
    );
  return (
    <fieldset className={errors.length > 0 ? 'choices field--invalid' : 'choices'} id={id}>
      <legend className="field__label">{legend}</legend>
      <div className="choices__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox" htmlFor={`${id}-${option.value}`}>
            <input
              id={`${id}-${option.value}`}
              name={id}
              type="checkbox"
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
