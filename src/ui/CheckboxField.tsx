import type { InputHTMLAttributes } from 'react';

export interface CheckboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'checked' | 'id' | 'type'
> {
  id: string;
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** A checkbox whose whole row is the touch target. */
export function CheckboxField({
  id,
  label,
  checked,
  onCheckedChange,
  ...rest
}: CheckboxFieldProps) {
  return (
    <label className="checkbox" htmlFor={id}>
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
        {...rest}
      />
      <span>{label}</span>
    </label>
  );
}
