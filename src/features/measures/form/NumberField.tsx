import { useState } from 'react';
import { TextField } from '../../../ui/TextField';
import { inputToNumber, numberToInput } from '../measureForm';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: number | null | undefined;
  onValueChange: (value: number | null) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  /** Whole numbers only (years). */
  integer?: boolean;
  min?: number;
}

/**
 * A number input that stores a number or null ('' means "not given"). It keeps the typed text
 * while it means the stored number, so "1.0" or "2," on the way to "2,5" are not rewritten.
 */
export function NumberField({
  id,
  label,
  value,
  onValueChange,
  hint,
  errors,
  integer = false,
  min,
}: NumberFieldProps) {
  const [text, setText] = useState(() => numberToInput(value));
  const stored = value ?? null;
  // A value changed from outside (a restored draft, a removed list item) wins over the typed text.
  const shown = inputToNumber(text) === stored ? text : numberToInput(stored);
  return (
    <TextField
      id={id}
      label={label}
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      step={integer ? 1 : 'any'}
      min={min}
      value={shown}
      onValueChange={(next) => {
        setText(next);
        onValueChange(inputToNumber(next));
      }}
      hint={hint}
      errors={errors}
    />
  );
}
