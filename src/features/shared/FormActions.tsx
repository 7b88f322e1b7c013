import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { WriteFailure } from '../../db';
import type { ValidationError } from '../../domain';

/** What the foot of a form needs to know of the form (see useRecordForm). */
export interface FormState {
  errors: readonly ValidationError[];
  saveError: string | null;
  saveFailure: WriteFailure | null;
  saving: boolean;
  dirty: boolean;
  draftStatus: 'idle' | 'saved' | 'failed';
  draftFailure: WriteFailure | null;
  discard: () => Promise<void>;
}

/** The foot of every record form: what went wrong, whether the draft is safe, save, cancel, discard. */
export function FormActions({ form, onCancel }: { form: FormState; onCancel: () => void }) {
  const { t } = useTranslation();
  const draftFailed = form.draftStatus === 'failed';
  const draftDiskFull = draftFailed && form.draftFailure === 'storageFull';
  // A full disk stops the save and the draft alike: one message says both and what to do.
  const showSaveError = form.saveError && !(draftDiskFull && form.saveFailure === 'storageFull');
  return (
    <>
      {form.errors.length > 0 ? (
        <Notice tone="error">{t('common:form.hasErrors', { count: form.errors.length })}</Notice>
      ) : null}
      {showSaveError ? <Notice tone="error">{form.saveError}</Notice> : null}
      {draftDiskFull ? (
        <Notice tone="error">{t('common:draft.storageFull')}</Notice>
      ) : draftFailed ? (
        <Notice tone="warning">{t('common:draft.notSaved')}</Notice>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={form.saving}>
          {t('common:actions.save')}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
        {form.dirty ? (
          <Button
            variant="danger"
            onClick={() => {
              if (window.confirm(t('common:draft.discardConfirm'))) void form.discard();
            }}
          >
            {t('common:actions.discardDraft')}
          </Button>
        ) : null}
        <p className="form-actions__status muted" role="status">
          {form.dirty && form.draftStatus === 'saved' ? t('common:draft.savedLocally') : ''}
        </p>
      </div>
    </>
  );
}
