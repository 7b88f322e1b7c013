// Deleting from a detail screen: ask first, delete, then go on; a failure is kept for the screen
// to show, since the record is still there.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRecord } from '../../db';
import { currentUser } from './sessionStore';

export interface DeleteOptions {
  /** The question to confirm; the common "really delete?" when absent. */
  question?: string | undefined;
  /** Called once everything is deleted, e.g. to leave the screen. */
  onDeleted: () => void;
}

export interface RecordDeletion {
  /** Ask, then delete the records in the given order. */
  remove: (ids: readonly string[], options: DeleteOptions) => Promise<void>;
  /** Set when a deletion failed. */
  failed: boolean;
}

export function useDeleteRecord(): RecordDeletion {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const remove = useCallback(
    async (ids: readonly string[], { question, onDeleted }: DeleteOptions) => {
      if (!window.confirm(question ?? t('common:actions.confirmDelete'))) return;
      try {
        const user = currentUser();
        for (const id of ids) await deleteRecord(id, user);
        onDeleted();
      } catch (error) {
        console.error('Delete failed', error);
        setFailed(true);
      }
    },
    [t],
  );
  return { remove, failed };
}
