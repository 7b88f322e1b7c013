// The update notice and what applying an update does before any reload, with the one thing jsdom
// lacks stood in for: the browser's service worker container and a registration whose new
// version waits.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/app/pwa/UpdateNotice';
import {
  registerServiceWorker,
  useUpdateState,
  type FlushDrafts,
} from '../../src/pwa/serviceWorker';
import { closeTabChannel } from '../../src/pwa/tabChannel';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installed';
  readonly postMessage = vi.fn();
}

const waiting = new FakeWorker();
const registration = Object.assign(new EventTarget(), {
  waiting: waiting as FakeWorker | null,
  installing: null,
  update: vi.fn(() => Promise.resolve()),
});
const container = Object.assign(new EventTarget(), {
  controller: {},
  register: vi.fn(() => Promise.resolve(registration)),
});

let flush: FlushDrafts = () => Promise.resolve(true);

beforeAll(async () => {
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  registerServiceWorker(() => flush());
  // The registration resolves on the next turn; a version was already waiting.
  await act(() => Promise.resolve());
});

afterAll(() => {
  closeTabChannel();
});

beforeEach(() => {
  useUpdateState.setState({ waiting: true, updatedElsewhere: false, phase: 'idle' });
  waiting.postMessage.mockClear();
});

describe('update notice', () => {
  it('registers the service worker and notices the version that waits', () => {
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(useUpdateState.getState().waiting).toBe(true);
  });

  it('offers the new version in a status message, not an alert', () => {
    render(<UpdateNotice />);
    const notice = screen.getByRole('status', { name: 'App-Aktualisierung' });
    expect(notice).toHaveTextContent('Neue Version von Klimapartner');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the page and says why when a draft cannot be written', async () => {
    const user = userEvent.setup();
    flush = vi.fn(() => Promise.resolve(false));
    render(<UpdateNotice />);
    await user.click(screen.getByRole('button', { name: 'Jetzt aktualisieren' }));

    expect(
      await screen.findByText(/Nicht neu geladen: Ein Entwurf konnte nicht gespeichert werden/),
    ).toBeVisible();
    expect(flush).toHaveBeenCalledOnce();
    expect(waiting.postMessage).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeEnabled();
  });

  it('writes the drafts first, then lets the new version take over', async () => {
    const user = userEvent.setup();
    const order: string[] = [];
    flush = () => {
      order.push('flush');
      return Promise.resolve(true);
    };
    waiting.postMessage.mockImplementation(() => order.push('skipWaiting'));
    render(<UpdateNotice />);
    await user.click(screen.getByRole('button', { name: 'Jetzt aktualisieren' }));

    expect(await screen.findByText(/Die neue Version wird gestartet/)).toBeVisible();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(order).toEqual(['flush', 'skipWaiting']);
  });

  it('can be put off until later', async () => {
    const user = userEvent.setup();
    render(<UpdateNotice />);
    await user.click(screen.getByRole('button', { name: 'Später' }));
    expect(screen.queryByRole('status', { name: 'App-Aktualisierung' })).toBeNull();
  });

  it('asks for a new version when the app is seen again', () => {
    registration.update.mockClear();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledOnce();
  });
});
