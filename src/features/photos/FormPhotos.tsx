// The photo section of a record's form. On a new record's form the photos belong to the id the
// record will get; taking one writes the draft at once, so that id (and with it the photos)
// comes back with the draft after a reload, and "discard draft" deletes them.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoTargetType } from '../../domain';
import type { RecordForm } from '../shared/useRecordForm';
import { PhotoSection } from './PhotoSection';

export function FormPhotos<T extends PhotoTargetType>({
  form,
  partnershipId,
  isNew,
  lang,
}: {
  form: RecordForm<T>;
  partnershipId: string;
  isNew: boolean;
  /** The record's language; a new one's is the interface language. */
  lang?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { setValues, flush } = form;
  const keepDraft = useCallback(() => {
    if (!isNew) return;
    // Unchanged values, but marked as a change: the draft (with the record's id) is written.
    setValues((values) => values);
    void flush().catch(() => undefined);
  }, [isNew, setValues, flush]);
  return (
    <PhotoSection
      targetId={form.id}
      partnershipId={partnershipId}
      lang={lang ?? i18n.language}
      hint={isNew ? t('photos:section.newRecordHint') : t('photos:section.savedAtOnce')}
      onAdded={keepDraft}
    />
  );
}
