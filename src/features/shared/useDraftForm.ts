// Never lose typing: a form's values live in a draft in IndexedDB, written within a second of the
// last change, flushed when the page is hidden or the form unmounts, and restored with the caret
// where it was. A draft goes only when the record is saved or the person discards it.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type SyntheticEvent,
} from 'react';
import {
  deleteDraft,
  loadDraft,
  saveDraft,
  writeFailureOf,
  type Draft,
  type WriteFailure,
} from '../../db';
import { registerOpenDraft } from './openDrafts';

/** Wait this long after the last change before writing … */
const QUIET_MS = 300;
/** … but never longer than this after the first unsaved change. */
const MAX_WAIT_MS = 900;

export interface DraftForm<V> {
  /** Undefined until the draft or the record has been loaded. */
  values: V | undefined;
  /** Replace the values (use the updater form for nested changes). */
  setValues: (update: V | ((previous: V) => V)) => void;
  /** True when the values came from a draft left earlier. */
  restored: boolean;
  /** When the restored draft was last written. */
  restoredAt: string | null;
  /** True when the values differ from what was loaded. */
  dirty: boolean;
  /** The values editing began from (stored with the draft), to merge with changes made meanwhile. */
  startingValues: () => V | undefined;
  /** Whether the last draft write reached IndexedDB ('idle' before the first change). */
  draftStatus: 'idle' | 'saved' | 'failed';
  /** Why the last draft write failed ('storageFull': the disk is full); null unless 'failed'. */
  draftFailure: WriteFailure | null;
  /**
   * The id of the new record the form makes: the one the restored draft kept, else the one
   * given. Kept with the draft, so what is attached before the first save (photos) belongs to it.
   */
  recordId: string | undefined;
  /** Write any pending change now. */
  flush: () => Promise<void>;
  /** Throw the draft away and go back to the record's values. */
  discard: () => Promise<void>;
  /** Call after a successful save: the draft is no longer needed. */
  complete: () => Promise<void>;
  /** Spread on the <form>: tracks the focused field and caret, and restores them. */
  formProps: {
    ref: (element: HTMLFormElement | null) => void;
    onFocusCapture: (event: FocusEvent<HTMLFormElement>) => void;
    onSelectCapture: (event: SyntheticEvent<HTMLFormElement>) => void;
  };
}

type Focus = Draft['focus'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Stored values made to fit the form: each field keeps the draft's value only when it is of the
 * same kind as the form's (text, number, list …; empty values fit anything).
 */
export function conformToShape<V>(stored: unknown, shape: V): V {
  if (!isPlainObject(stored) || !isPlainObject(shape)) return shape;
  const result: Record<string, unknown> = { ...shape };
  for (const [key, expected] of Object.entries(shape)) {
    if (!(key in stored)) continue;
    const value = stored[key];
    const fits =
      value === null ||
      value === undefined ||
      expected === null ||
      expected === undefined ||
      (Array.isArray(expected)
        ? Array.isArray(value) && value.every((item) => typeof item !== 'undefined')
        : typeof value === typeof expected && Array.isArray(value) === Array.isArray(expected));
    if (fits) result[key] = value;
  }
  return result as V;
}

function focusOf(target: EventTarget | null): Focus {
  if (!(
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )) {
    return null;
  }
  if (!target.name) return null;
  const hasCaret =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      /^(text|search|url|tel|email|password)$/.test(target.type));
  return {
    field: target.name,
    start: hasCaret ? (target as HTMLInputElement).selectionStart : null,
    end: hasCaret ? (target as HTMLInputElement).selectionEnd : null,
  };
}

/**
 * @param key which draft (see StoredDraft.key)
 * @param initial the values to start from when there is no draft; undefined while they load
 * @param route the route showing this form, stored with the draft
 * @param recordId for a new record: the id it will get (a restored draft's own id wins)
 */
export function useDraftForm<V>(
  key: string,
  initial: V | undefined,
  route: string,
  recordId?: string,
): DraftForm<V> {
  const [values, setValuesState] = useState<V | undefined>(undefined);
  const [keptRecordId, setKeptRecordId] = useState<string | undefined>(undefined);
  const recordIdRef = useRef(recordId);
  const [restored, setRestored] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [draftChecked, setDraftChecked] = useState(false);
  const [draftStatus, setDraftStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [draftFailure, setDraftFailure] = useState<WriteFailure | null>(null);

  const latest = useRef<{
    values: V | undefined;
    base: V | undefined;
    focus: Focus;
    unsaved: boolean;
  }>({
    values: undefined,
    base: undefined,
    focus: null,
    unsaved: false,
  });
  /** A draft found on opening, used once the initial values are known (to check its shape). */
  const foundDraft = useRef<Draft | null>(null);
  const timers = useRef<{
    quiet?: ReturnType<typeof setTimeout>;
    max?: ReturnType<typeof setTimeout>;
  }>({});
  const formElement = useRef<HTMLFormElement | null>(null);
  const pendingFocus = useRef<Focus>(null);
  const keyRef = useRef(key);
  const routeRef = useRef(route);
  useEffect(() => {
    routeRef.current = route;
  }, [route]);

  const clearTimers = useCallback(() => {
    clearTimeout(timers.current.quiet);
    clearTimeout(timers.current.max);
    timers.current = {};
  }, []);

  const flush = useCallback(async () => {
    clearTimers();
    const state = latest.current;
    if (!state.unsaved || state.values === undefined) return;
    state.unsaved = false;
    try {
      await saveDraft({
        key: keyRef.current,
        route: routeRef.current,
        values: state.values,
        focus: state.focus,
        base: state.base,
        ...(recordIdRef.current ? { recordId: recordIdRef.current } : {}),
      });
      setDraftStatus('saved');
      setDraftFailure(null);
    } catch (error) {
      // Keep it marked unsaved so the next change or flush tries again; the text stays in the form.
      state.unsaved = true;
      setDraftStatus('failed');
      setDraftFailure(writeFailureOf(error));
      throw error;
    }
  }, [clearTimers]);

  const schedule = useCallback(() => {
    latest.current.unsaved = true;
    const run = () =>
      void flush().catch((error: unknown) => console.error('Draft not saved', error));
    clearTimeout(timers.current.quiet);
    timers.current.quiet = setTimeout(run, QUIET_MS);
    timers.current.max ??= setTimeout(run, MAX_WAIT_MS);
  }, [flush]);

  // Load the draft for this key, if any. The key is fixed for the life of the form: a screen that
  // edits another record mounts a new form (routes give each one its own React key).
  useEffect(() => {
    keyRef.current = key;
    let cancelled = false;
    loadDraft(key)
      .then((draft) => {
        if (cancelled) return;
        foundDraft.current = draft ?? null;
        setDraftChecked(true);
      })
      .catch(() => {
        if (!cancelled) setDraftChecked(true);
      });
    return () => {
      cancelled = true;
    };
  }, [key]);

  // Start once both the draft (if any) and the initial values are known. A draft of an older or
  // damaged shape keeps only the values that fit the form, so it can never crash the screen.
  useEffect(() => {
    if (!draftChecked || latest.current.values !== undefined || initial === undefined) return;
    const draft = foundDraft.current;
    if (draft) {
      const values = conformToShape(draft.values, initial);
      latest.current.values = values;
      latest.current.base =
        draft.base === undefined ? undefined : conformToShape(draft.base, initial);
      latest.current.focus = draft.focus;
      pendingFocus.current = draft.focus;
      if (recordIdRef.current && typeof draft.recordId === 'string') {
        recordIdRef.current = draft.recordId;
        setKeptRecordId(draft.recordId);
      }
      setValuesState(values);
      setRestored(true);
      setRestoredAt(draft.updatedAt);
      setDirty(true);
    } else {
      latest.current.values = initial;
      latest.current.base = initial;
      setValuesState(initial);
    }
  }, [draftChecked, initial]);

  // Put the caret back where it was when the draft was written.
  useEffect(() => {
    const focus = pendingFocus.current;
    const form = formElement.current;
    if (!focus || !form || values === undefined) return;
    pendingFocus.current = null;
    const element = form.elements.namedItem(focus.field);
    if (
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    ) {
      element.focus();
      if (focus.start !== null && !(element instanceof HTMLSelectElement)) {
        try {
          element.setSelectionRange(focus.start, focus.end ?? focus.start);
        } catch {
          // Some input types have no caret.
        }
      }
    }
  }, [values]);

  // Write at once when the page is hidden or closed, when the app asks (before an update reloads
  // the page), and when the form goes away.
  useEffect(() => {
    const unregister = registerOpenDraft(flush);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush().catch(() => undefined);
    };
    const onPageHide = () => void flush().catch(() => undefined);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush().catch(() => undefined);
    };
  }, [flush]);

  const setValues = useCallback(
    (update: V | ((previous: V) => V)) => {
      const previous = latest.current.values;
      if (previous === undefined) return;
      const next = typeof update === 'function' ? (update as (p: V) => V)(previous) : update;
      latest.current.values = next;
      setValuesState(next);
      setDirty(true);
      schedule();
    },
    [schedule],
  );

  const discard = useCallback(async () => {
    clearTimers();
    latest.current.unsaved = false;
    await deleteDraft(keyRef.current);
    latest.current.values = initial;
    latest.current.base = initial;
    setValuesState(initial);
    setRestored(false);
    setDirty(false);
    setDraftStatus('idle');
    setDraftFailure(null);
  }, [clearTimers, initial]);

  const complete = useCallback(async () => {
    clearTimers();
    latest.current.unsaved = false;
    await deleteDraft(keyRef.current);
    setRestored(false);
    setDirty(false);
    setDraftStatus('idle');
    setDraftFailure(null);
  }, [clearTimers]);

  const trackFocus = useCallback(
    (target: EventTarget | null) => {
      const focus = focusOf(target);
      if (!focus) return;
      latest.current.focus = focus;
      if (latest.current.unsaved) schedule();
    },
    [schedule],
  );

  const formProps = {
    ref: useCallback((element: HTMLFormElement | null) => {
      formElement.current = element;
    }, []),
    onFocusCapture: useCallback(
      (event: FocusEvent<HTMLFormElement>) => trackFocus(event.target),
      [trackFocus],
    ),
    onSelectCapture: useCallback(
      (event: SyntheticEvent<HTMLFormElement>) => trackFocus(event.target),
      [trackFocus],
    ),
  };

  return {
    values,
    setValues,
    restored,
    restoredAt,
    dirty,
    draftStatus,
    draftFailure,
    recordId: keptRecordId ?? recordId,
    startingValues: useCallback(() => latest.current.base, []),
    flush,
    discard,
    complete,
    formProps,
  };
}
