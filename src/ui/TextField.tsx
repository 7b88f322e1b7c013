import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './FieldShell';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id'
> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
}

/** A single-line input (text, date, time, number …) with its label. User text is bidi-safe. */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  errors,
  required,
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={id}
        name={id}
        className="field__control"
        dir="auto"
        value={value}
        required={required}
        onChange={(event) => onValueChange(event.target.value)}
        {...describedBy(id, hint, errors)}
        {...rest}
      />
    </FieldShell>
  );
}
