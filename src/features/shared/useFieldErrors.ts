// Validation errors of a save, translated and grouped by field path for display next to the fields.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationError } from '../../domain';

/** Returns a function giving the translated errors of one field path (e.g. `indicators.0.name`). */
export function useFieldErrors(errors: readonly ValidationError[]): (path: string) => string[] {
  const { t } = useTranslation();
  return useCallback(
    (path: string) =>
      errors
        .filter((error) => error.path === path)
        .map((error) => t(error.key as 'validation:invalid')),
    [errors, t],
  );
}
