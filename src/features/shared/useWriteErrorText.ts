// The words for a write that failed at once (a deletion, a ticked task, a resolved conflict): a full
// disk is named as such with what to do, anything else gets the caller's own message.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isStorageFull } from '../../db';

export function useWriteErrorText(): (error: unknown, otherwise: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, otherwise: string) =>
      isStorageFull(error) ? t('common:form.storageFullNothingChanged') : otherwise,
    [t],
  );
}
