// A record's edit form: draft-backed values, validation on save with errors kept next to the
// fields, and the person's text never thrown away when a save fails.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  askPersistentStorageOnce,
  deleteUnsavedRecordPhotos,
  saveRecord,
  writeFailureOf,
  type WriteFailure,
} from '../../db';
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
  /** The record's id: the edited one's, or the one a new record gets when saved. */
  id: string;
  errors: ValidationError[];
  errorsFor: (path: string) => string[];
  /** Set when storing failed (e.g. a full disk); the values stay in the form. */
  saveError: string | null;
  /** Why the last save failed ('storageFull': the disk is full); null when it did not. */
  saveFailure: WriteFailure | null;
  saving: boolean;
  onSubmit: (event?: FormEvent) => Promise<void>;
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
  // A new record gets its id once per form (a restored draft keeps the one it had), so saving
  // twice (a double tap, a retry after an error) updates that record instead of creating a second
  // one, and photos taken before the first save belong to it.
  const [newId] = useState(() => newRecordId(options.type));
  const draft = useDraftForm<FieldsInput<T>>(
    draftKey,
    options.initial,
    options.route,
    options.id ? undefined : newId,
  );
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [saveFailure, setSaveFailure] = useState<WriteFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const errorsFor = useFieldErrors(errors);
  const { values, flush, complete, startingValues, discard: discardDraft } = draft;
  const { type, partnershipId, lang, onSaved } = options;
  const id = options.id ?? draft.recordId ?? newId;

  // Photos taken for a new record that is thrown away go with its draft.
  const discard = useCallback(async () => {
    if (!options.id) await deleteUnsavedRecordPhotos(id, currentUser());
    await discardDraft();
  }, [options.id, id, discardDraft]);

  const onSubmit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      if (values === undefined || saving) return;
      setSaving(true);
      setSaveFailure(null);
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
        // Records are on this device now: a good moment to ask the browser to keep them.
        void askPersistentStorageOnce();
        onSaved(result.value);
      } catch (error) {
        console.error('Save failed', error);
        setSaveFailure(writeFailureOf(error));
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
    ],
  );

  let saveError: string | null = null;
  if (saveFailure === 'storageFull') saveError = t('common:form.storageFull');
  else if (saveFailure === 'failed') saveError = t('common:form.saveFailed');

  return { ...draft, id, discard, errors, errorsFor, saveError, saveFailure, saving, onSubmit };
}
