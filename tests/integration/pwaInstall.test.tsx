// Installing: the browser's offer (Chromium's beforeinstallprompt, caught before the app renders)
// turns into our own button in the settings and on the start page; iPhone and iPad get the steps
// and the reason; an installed app says so. jsdom has no matchMedia: a stand-in says "in a tab".
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureInstallPrompt, useInstallState } from '../../src/pwa/install';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

/** Chromium's install offer, with the person's answer decided in advance. */
function installOffer(outcome: 'accepted' | 'dismissed') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
}

beforeAll(() => {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false, addEventListener: () => {}, removeEventListener: () => {} })),
  );
  captureInstallPrompt();
});

afterEach(() => {
  useInstallState.setState({
    standalone: false,
    canPrompt: false,
    installed: false,
    iosManual: false,
  });
});

describe('installing the app', () => {
  it('shows the browser install dialog from the settings, and says so when it was declined', async () => {
    const user = userEvent.setup();
    const offer = installOffer('dismissed');
    expect(offer.defaultPrevented).toBe(true);
    renderAt('/settings');

    await user.click(
      await screen.findByRole('button', { name: 'Klimapartner installieren' }, LAZY),
    );
    expect(offer.prompt).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Nicht installiert/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Klimapartner installieren' })).toBeNull();
  });

  it('offers installing at the end of the start page until the app is installed', async () => {
    const user = userEvent.setup();
    const offer = installOffer('accepted');
    renderAt('/');
    const hint = await screen.findByRole('complementary', { name: 'Als App installieren' }, LAZY);
    expect(hint).toHaveTextContent('startet Klimapartner vom Startbildschirm');

    await user.click(screen.getByRole('button', { name: 'Klimapartner installieren' }));
    expect(offer.prompt).toHaveBeenCalledOnce();
    act(() => {
      window.dispatchEvent(new Event('appinstalled'));
    });
    expect(screen.queryByRole('complementary', { name: 'Als App installieren' })).toBeNull();
  });

  it('explains the steps on iPhone and iPad, and why they matter there', async () => {
    useInstallState.setState({ iosManual: true });
    renderAt('/settings');
    expect(
      await screen.findByText(/Safari löscht die gespeicherten Daten/, {}, LAZY),
    ).toBeVisible();
    const steps = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.stringContaining('„Teilen“'),
        expect.stringContaining('„Zum Home-Bildschirm“'),
        expect.stringContaining('„Hinzufügen“'),
      ]),
    );
  });

  it('says it is installed when it runs as an app, and offers nothing more', async () => {
    useInstallState.setState({ standalone: true, canPrompt: true });
    renderAt('/settings');
    expect(
      await screen.findByText('Klimapartner läuft als installierte App.', {}, LAZY),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Klimapartner installieren' })).toBeNull();
  });
});
