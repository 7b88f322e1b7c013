import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { ValidationError } from '../../domain';

export interface FormActionsProps {
  errors: readonly ValidationError[];
  saveError: string | null;
  saving: boolean;
  /** Offer to discard only when there is something to throw away. */
  canDiscard: boolean;
  onDiscard: () => void;
  onCancel: () => void;
}

/** The foot of every record form: what went wrong, save, cancel and discard. */
export function FormActions({
  errors,
  saveError,
  saving,
  canDiscard,
  onDiscard,
  onCancel,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {errors.length > 0 ? (
        <Notice tone="error">{t('common:form.hasErrors', { count: errors.length })}</Notice>
      ) : null}
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {t('common:actions.save')}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
        {canDiscard ? (
          <Button
            variant="danger"
            onClick={() => {
              if (window.confirm(t('common:draft.discardConfirm'))) onDiscard();
            }}
          >
            {t('common:actions.discardDraft')}
          </Button>
        ) : null}
      </div>
    </>
  );
}
