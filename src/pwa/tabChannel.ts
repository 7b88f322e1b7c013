// The tabs of the app on this device talk over one BroadcastChannel before an update: the tab
// that applies it asks every other tab to write its open drafts and waits, briefly, for their
// answers. Each tab also keeps a list of the others, so it knows whose answer to wait for.

/** Every message carries the id of the tab that sent it. */
type TabMessage =
  | { kind: 'hello' | 'here' | 'bye'; tab: string }
  | { kind: 'flush'; tab: string; request: string }
  | { kind: 'flushed'; tab: string; request: string; to: string; ok: boolean };

/** What the other tabs answered when asked to write their drafts. */
export interface OtherTabsFlushed {
  /** Tabs that wrote their drafts. */
  readonly saved: number;
  /** Tabs that could not: their text is still in their form, which says why. */
  readonly failed: number;
  /** Tabs known to be open that did not answer in time (frozen in the background, say). */
  readonly silent: number;
}

const CHANNEL_NAME = 'klimapartner-pwa';
/** How long to wait for the other tabs' answers: a hidden tab may be slow, never this slow. */
const ANSWER_WITHIN_MS = 2000;

const tabId =
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

let channel: BroadcastChannel | null = null;
const otherTabs = new Set<string>();
const pendingRequests = new Map<string, (answer: { tab: string; ok: boolean }) => void>();

function post(message: TabMessage): void {
  channel?.postMessage(message);
}

function isTabMessage(data: unknown): data is TabMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { kind?: unknown }).kind === 'string' &&
    typeof (data as { tab?: unknown }).tab === 'string'
  );
}

/**
 * Joins the channel. `flushDrafts` writes this tab's drafts when another tab asks before it
 * updates; it resolves false when a draft could not be written.
 */
export function openTabChannel(flushDrafts: () => Promise<boolean>): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isTabMessage(message) || message.tab === tabId) return;
    switch (message.kind) {
      case 'hello':
        otherTabs.add(message.tab);
        post({ kind: 'here', tab: tabId });
        break;
      case 'here':
        otherTabs.add(message.tab);
        break;
      case 'bye':
        otherTabs.delete(message.tab);
        break;
      case 'flush':
        otherTabs.add(message.tab);
        void flushDrafts()
          .catch(() => false)
          .then((ok) =>
            post({ kind: 'flushed', tab: tabId, request: message.request, to: message.tab, ok }),
          );
        break;
      case 'flushed':
        if (message.to === tabId) pendingRequests.get(message.request)?.(message);
        break;
    }
  });
  post({ kind: 'hello', tab: tabId });
  // 'pagehide' also fires when the page goes into the back-forward cache; 'pageshow' says hello again.
  window.addEventListener('pagehide', () => post({ kind: 'bye', tab: tabId }));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) post({ kind: 'hello', tab: tabId });
  });
}

/** Leaves the channel for good (the other tabs forget this one). */
export function closeTabChannel(): void {
  post({ kind: 'bye', tab: tabId });
  channel?.close();
  channel = null;
  otherTabs.clear();
}

/**
 * Asks every other open tab to write its drafts and waits for all known tabs to answer, at most
 * two seconds. Answers from tabs this one did not know of count as well.
 */
export function askOtherTabsToFlush(): Promise<OtherTabsFlushed> {
  if (!channel) return Promise.resolve({ saved: 0, failed: 0, silent: 0 });
  const request = `${tabId}:${Date.now()}`;
  const waitingFor = new Set(otherTabs);
  let saved = 0;
  let failed = 0;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      pendingRequests.delete(request);
      resolve({ saved, failed, silent: waitingFor.size });
    };
    // With no other tab known, a tab that has only just opened still gets a moment to answer.
    const timer = setTimeout(finish, waitingFor.size === 0 ? 150 : ANSWER_WITHIN_MS);
    pendingRequests.set(request, ({ tab, ok }) => {
      otherTabs.add(tab);
      waitingFor.delete(tab);
      if (ok) saved += 1;
      else failed += 1;
      if (waitingFor.size === 0) finish();
    });
    post({ kind: 'flush', tab: tabId, request });
  });
}
