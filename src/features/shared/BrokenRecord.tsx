import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import type { ValidationError } from '../../domain';

/**
 * A record on the device that does not pass validation (damaged, or from a newer version of the
 * app). Shown instead of the record, never hidden, so nothing disappears unnoticed.
 */
export function BrokenRecord({ id, errors }: { id: string; errors: readonly ValidationError[] }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={t('common:brokenRecord.title')}>
      <p>{t('common:brokenRecord.explanation')}</p>
      <p className="muted">
        {t('common:brokenRecord.id')} <code>{id}</code>
      </p>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.path}-${index}`}>
            {error.path ? <code>{error.path}</code> : null} {t(error.key as 'validation:invalid')}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
