import type { ReactNode } from 'react';
import { FieldErrors } from './FieldErrors';

export interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Translated error messages for this field. */
  errors?: readonly string[] | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}

/** Label, control, hint and errors of one form field, wired together for assistive technology. */
export function FieldShell({ id, label, hint, errors = [], required, children }: FieldShellProps) {
  return (
    <div className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The aria attributes a control inside a FieldShell needs. */
export function describedBy(id: string, hint?: string, errors?: readonly string[]) {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': errors && errors.length > 0 ? true : undefined,
  };
}
