// A record's edit form: draft-backed values, validation on save with errors kept next to the
// fields, and the person's text never thrown away when a save fails.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveRecord } from '../../db';
import {
  newRecordId,
  type FieldsInput,
  type RecordOf,
  type RecordType,
  type ValidationError,
} from '../../domain';
import { currentUser } from './sessionStore';
import { useDraftForm, type DraftForm } from './useDraftForm';
import { useFieldErrors } from './useFieldErrors';

export interface RecordFormOptions<T extends RecordType> {
  type: T;
  /** The record being edited; absent for a new one. */
  id?: string | undefined;
  partnershipId?: string | undefined;
  /** Which draft; defaults to the record id, or `<type>:new:<partnershipId>`. */
  draftKey?: string;
  route: string;
  /** The values to start from when there is no draft; undefined while the record loads. */
  initial: FieldsInput<T> | undefined;
  /** The language of the record's text; defaults to the interface language. */
  lang?: string | undefined;
  onSaved: (record: RecordOf<T>) => void;
}

export interface RecordForm<T extends RecordType> extends DraftForm<FieldsInput<T>> {
  errors: ValidationError[];
  errorsFor: (path: string) => string[];
  /** Set when storing failed (e.g. a full disk); the values stay in the form. */
  saveError: string | null;
  saving: boolean;
  onSubmit: (event?: FormEvent) => Promise<void>;
}

/** A full disk: IndexedDB says QuotaExceededError, often wrapped in an AbortError by Dexie. */
function isStorageFull(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Move keyboard focus to the first field with an error, so it is seen and announced. */
function focusFirstError(errors: readonly ValidationError[]) {
  const first = errors[0];
  if (!first) return;
  const candidates = [first.path.replaceAll('.', '-'), first.path, first.path.split('.')[0] ?? ''];
  for (const id of candidates) {
    const element = id ? document.getElementById(id) : null;
    if (element) {
      element.focus();
      return;
    }
  }
}

export function useRecordForm<T extends RecordType>(options: RecordFormOptions<T>): RecordForm<T> {
  const { i18n, t } = useTranslation();
  const draftKey =
    options.draftKey ?? options.id ?? `${options.type}:new:${options.partnershipId ?? 'none'}`;
  const draft = useDraftForm<FieldsInput<T>>(draftKey, options.initial, options.route);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorsFor = useFieldErrors(errors);
  const { values, flush, complete, startingValues } = draft;
  const { type, partnershipId, lang, onSaved } = options;
  // A new record gets its id once per form, so saving twice (a double tap, a retry after an
  // error) updates that record instead of creating a second one.
  const [newId] = useState(() => newRecordId(options.type));
  const id = options.id ?? newId;

  const onSubmit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      if (values === undefined || saving) return;
      setSaving(true);
      setSaveError(null);
      try {
        await flush().catch(() => undefined);
        const result = await saveRecord({
          type,
          id,
          partnershipId,
          fields: values,
          user: currentUser(),
          lang: lang ?? i18n.language,
          // Only an edit has a stored record to merge with.
          startedFrom: options.id ? startingValues() : undefined,
        });
        if (!result.ok) {
          setErrors(result.errors);
          requestAnimationFrame(() => focusFirstError(result.errors));
          return;
        }
        setErrors([]);
        // The record is stored: a draft that cannot be removed is clutter, not a failed save.
        await complete().catch((error: unknown) => console.error('Draft not removed', error));
        onSaved(result.value);
      } catch (error) {
        console.error('Save failed', error);
        setSaveError(
          isStorageFull(error) ? t('common:form.storageFull') : t('common:form.saveFailed'),
        );
      } finally {
        setSaving(false);
      }
    },
    [
      values,
      saving,
      flush,
      type,
      id,
      options.id,
      partnershipId,
      lang,
      i18n.language,
      complete,
      startingValues,
      onSaved,
      t,
    ],
  );

  return { ...draft, errors, errorsFor, saveError, saving, onSubmit };
}
