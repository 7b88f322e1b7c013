// Deleting from a detail screen: ask first, delete (all the given records or none), then go on; a
// failure is kept for the screen to show, since the records are still there.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRecords } from '../../db';
import { currentUser } from './sessionStore';
import { useWriteErrorText } from './useWriteErrorText';

export interface DeleteOptions {
  /** The question to confirm; the common "really delete?" when absent. */
  question?: string | undefined;
  /** Called once everything is deleted, e.g. to leave the screen. */
  onDeleted: () => void;
}

export interface RecordDeletion {
  /** Ask, then delete the records together (e.g. a deployment with its log). */
  remove: (ids: readonly string[], options: DeleteOptions) => Promise<void>;
  /** Why the last deletion failed, in words (a full disk is named as such); null otherwise. */
  error: string | null;
}

/** @param failedText the screen's message for a deletion that failed for another reason */
export function useDeleteRecord(failedText: string): RecordDeletion {
  const { t } = useTranslation();
  const errorText = useWriteErrorText();
  const [error, setError] = useState<string | null>(null);
  const remove = useCallback(
    async (ids: readonly string[], { question, onDeleted }: DeleteOptions) => {
      if (!window.confirm(question ?? t('common:actions.confirmDelete'))) return;
      setError(null);
      try {
        await deleteRecords(ids, currentUser());
        onDeleted();
      } catch (cause) {
        console.error('Delete failed', cause);
        setError(errorText(cause, failedText));
      }
    },
    [t, errorText, failedText],
  );
  return { remove, error };
}
