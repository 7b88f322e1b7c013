import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'id'
> {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onValueChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
}

/** A native select: the phone's own picker is the easiest to use with one hand. */
export function SelectField({
  id,
  label,
  value,
  options,
  onValueChange,
  hint,
  errors,
  required,
  ...rest
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <select
        id={id}
        name={id}
        className="field__control"
        value={value}
        required={required}
        onChange={(event) => onValueChange(event.target.value)}
        {...describedBy(id, hint, errors)}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
