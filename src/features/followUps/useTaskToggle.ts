// Ticking a task off from a list: saves at once through setTaskDone, ignores a second tap while the
// first is being written, and keeps a translated message when the save fails.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteErrorText } from '../shared/useWriteErrorText';
import type { CollectedTask } from './openTasks';
import { setTaskDone } from './setTaskDone';

export interface TaskToggle {
  /** Save the task as done or open; resolves to whether it was saved. */
  toggle: (item: CollectedTask, done: boolean) => Promise<boolean>;
  /** Set when the last change could not be saved. */
  error: string | null;
}

export function useTaskToggle(): TaskToggle {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const errorText = useWriteErrorText();
  const busy = useRef(new Set<string>());

  const toggle = useCallback(
    async (item: CollectedTask, done: boolean) => {
      if (busy.current.has(item.key)) return false;
      busy.current.add(item.key);
      try {
        const result = await setTaskDone(item.record, item.listField, item.task.id, done);
        setError(result.ok ? null : t('followUps:saveFailed'));
        return result.ok;
      } catch (cause) {
        console.error('Task not saved', cause);
        setError(errorText(cause, t('followUps:saveFailed')));
        return false;
      } finally {
        busy.current.delete(item.key);
      }
    },
    [t, errorText],
  );

  return { toggle, error };
}
