import { useCallback, useEffect, useRef } from 'react';

/**
 * Keep the keyboard where the person works when a list changes under them: give the ids of the
 * elements to focus, in order of preference, before the change; once `changeKey` changes, the
 * first one that exists and is enabled gets the focus.
 */
export function useFocusAfterChange(changeKey: string): (candidates: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const candidates = pending.current;
    if (!candidates) return;
    pending.current = null;
    for (const id of candidates) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  }, [changeKey]);
  return useCallback((candidates: string[]) => {
    pending.current = candidates;
  }, []);
}
