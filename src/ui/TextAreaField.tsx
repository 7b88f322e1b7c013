import type { TextareaHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './FieldShell';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'onChange' | 'value' | 'id'
> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
}

/** A multi-line text input with its label. */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  hint,
  errors,
  required,
  rows = 4,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={id}
        name={id}
        className="field__control"
        dir="auto"
        rows={rows}
        value={value}
        required={required}
        onChange={(event) => onValueChange(event.target.value)}
        {...describedBy(id, hint, errors)}
        {...rest}
      />
    </FieldShell>
  );
}
