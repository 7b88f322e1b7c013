// What runs inside the page for the UI benchmark: the timers around an in-app navigation, a page
// load or a typed query, and the plain IndexedDB reads they are compared with. `installProbe` is
// added to every document the page opens (`page.addInitScript`; it must not use anything from
// outside its own body) and leaves `window.__bench` behind for the later calls.

/** When a screen counts as "visible": its count line shows the expected number and items exist. */
export interface Visible {
  /** Element(s) holding the count line, e.g. `main [role="status"]`. */
  countSelector: string;
  /** The number the count line must show (digits compared, so "2.000" matches 2000). */
  count: number;
  /** The text the count line ends with, e.g. "Maßnahmen". */
  suffix: string;
  /** At least one element matching this must exist (the first rendered items). */
  itemSelector: string;
  /** When set, some <mark> must show this word (so the results are those of the final query). */
  markedWord?: string;
}

export type PlainRead = { kind: 'index'; index: string; key: string | string[] } | { kind: 'all' };

export interface BenchApi {
  /** Milliseconds from `history.pushState(path)` (an in-app navigation) until `visible` holds. */
  navigate(path: string, visible: Visible): Promise<number>;
  /**
   * Milliseconds from the start of this document's navigation until what `expectOnLoad` asked
   * for (before the page was loaded) held.
   */
  loaded(): Promise<number>;
  /** Milliseconds of one readonly transaction with `getAll`, and the number of rows read. */
  plainRead(read: PlainRead): Promise<{ ms: number; rows: number }>;
  /** Start watching for `visible` and remember when the last `input` event happened. */
  armTyping(visible: Visible, finalValue: string): void;
  /** Milliseconds from the last input event (with the final value) until `visible` held. */
  typingDone(): Promise<number>;
  /** Resolves once the page has been idle for `ms` (no mutations), after a full GC if exposed. */
  settle(ms: number): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

/** Session storage key: what the next document loaded must show (see `loaded`). */
export const EXPECT_ON_LOAD = 'bench:expect-on-load';

export function installProbe(): void {
  const matches = (visible: Visible): boolean => {
    const counted = [...document.querySelectorAll(visible.countSelector)].some((element) => {
      const text = (element.textContent ?? '').trim();
      return text.endsWith(visible.suffix) && text.replace(/\D/g, '') === String(visible.count);
    });
    if (!counted || document.querySelector(visible.itemSelector) === null) return false;
    const word = visible.markedWord;
    if (word === undefined) return true;
    return [...document.querySelectorAll('main mark')].some(
      (mark) => (mark.textContent ?? '').toLocaleLowerCase('de') === word,
    );
  };

  /**
   * Resolves with the time (after a forced style and layout) at which `visible` first holds;
   * rejects after a minute, saying what the page shows instead (a wrong count never times well).
   */
  const whenVisible = (visible: Visible, ready = () => true): Promise<number> =>
    new Promise((resolve, reject) => {
      const giveUp = setTimeout(() => {
        observer.disconnect();
        const shown = document.querySelector('main')?.textContent?.slice(0, 300) ?? '';
        reject(new Error(`not shown: ${JSON.stringify(visible)}; the page shows: ${shown}`));
      }, 60_000);
      const observer = new MutationObserver(() => {
        if (!ready() || !matches(visible)) return;
        observer.disconnect();
        clearTimeout(giveUp);
        // Style and layout of what was rendered are part of "visible": force them now.
        void document.body.offsetHeight;
        resolve(performance.now());
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });

  // Armed at the very start of the document, so an app start is timed from its navigation. (The
  // key is EXPECT_ON_LOAD, written out: this function runs in the page on its own.)
  const expected = sessionStorage.getItem('bench:expect-on-load');
  sessionStorage.removeItem('bench:expect-on-load');
  const onLoad = expected === null ? undefined : whenVisible(JSON.parse(expected) as Visible);

  let connection: Promise<IDBDatabase> | undefined;
  const openDatabase = () => {
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('klimapartner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
    return connection;
  };

  let typing: { done: Promise<number>; lastInput: number } | undefined;

  window.__bench = {
    async navigate(path, visible) {
      const shown = whenVisible(visible);
      const started = performance.now();
      history.pushState(null, '', path);
      return (await shown) - started;
    },

    loaded() {
      if (!onLoad) throw new Error('nothing was expected on load');
      return onLoad;
    },

    async plainRead(read) {
      const database = await openDatabase();
      const started = performance.now();
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const store = database.transaction('records', 'readonly').objectStore('records');
        const request =
          read.kind === 'all' ? store.getAll() : store.index(read.index).getAll(read.key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      });
      return { ms: performance.now() - started, rows: rows.length };
    },

    armTyping(visible, finalValue) {
      const state = { lastInput: Number.NaN, done: Promise.resolve(0) };
      const onInput = (event: Event) => {
        const target = event.target as HTMLInputElement | null;
        if (target?.value === finalValue) state.lastInput = performance.now();
      };
      document.addEventListener('input', onInput, true);
      state.done = whenVisible(visible, () => !Number.isNaN(state.lastInput)).finally(() =>
        document.removeEventListener('input', onInput, true),
      );
      typing = state;
    },

    async typingDone() {
      if (!typing) throw new Error('armTyping first');
      const shown = await typing.done;
      return shown - typing.lastInput;
    },

    settle(ms) {
      (window as { gc?: () => void }).gc?.();
      return new Promise((resolve) => {
        let timer = setTimeout(finish, ms);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, ms);
        });
        function finish() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
  };
}
