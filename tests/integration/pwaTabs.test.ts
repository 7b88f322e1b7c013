// Two tabs of the app in one test process: each import of the module after resetModules is a tab
// of its own, talking over Node's BroadcastChannel as tabs do over the browser's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as TabChannel from '../../src/pwa/tabChannel';

type TabModule = typeof TabChannel;

const open: TabModule[] = [];

async function openTab(flush: () => Promise<boolean>): Promise<TabModule> {
  vi.resetModules();
  const tab = await import('../../src/pwa/tabChannel');
  tab.openTabChannel(flush);
  open.push(tab);
  return tab;
}

/** Lets the hello/here handshake between the tabs go round. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  for (const tab of open.splice(0)) tab.closeTabChannel();
});

describe('tabs before an update', () => {
  it('has the other tabs write their drafts and waits for their answers', async () => {
    const flushB = vi.fn(() => Promise.resolve(true));
    const flushC = vi.fn(() => Promise.resolve(true));
    const a = await openTab(() => Promise.resolve(true));
    await openTab(flushB);
    await openTab(flushC);
    await settle();

    await expect(a.askOtherTabsToFlush()).resolves.toEqual({ saved: 2, failed: 0, silent: 0 });
    expect(flushB).toHaveBeenCalledOnce();
    expect(flushC).toHaveBeenCalledOnce();
  });

  it('reports a tab whose draft could not be written', async () => {
    const a = await openTab(() => Promise.resolve(true));
    await openTab(() => Promise.reject(new Error('QuotaExceededError')));
    await settle();

    await expect(a.askOtherTabsToFlush()).resolves.toEqual({ saved: 0, failed: 1, silent: 0 });
  });

  it('counts a tab that has gone quiet as silent and does not wait for ever', async () => {
    const a = await openTab(() => Promise.resolve(true));
    // A frozen tab: it said hello, then never answers.
    await openTab(() => new Promise<boolean>(() => {}));
    await settle();

    await expect(a.askOtherTabsToFlush()).resolves.toEqual({ saved: 0, failed: 0, silent: 1 });
  });

  it('does not wait long when there is no other tab', async () => {
    const alone = await openTab(() => Promise.resolve(true));

    await expect(alone.askOtherTabsToFlush()).resolves.toEqual({
      saved: 0,
      failed: 0,
      silent: 0,
    });
  });
});
