import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { saveDraft, saveRecord } from '../../src/db';
import { useSessionStore } from '../../src/features/shared/sessionStore';
import { initI18n } from '../../src/i18n';
import { renderAt } from '../helpers/renderApp';

afterEach(async () => {
  // Language and session live beyond one render; start the next test in German, unnamed.
  await initI18n('de');
  useSessionStore.setState({ userName: '' });
});

describe('settings', () => {
  it('switches the interface to English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderAt('/settings');
    await user.selectOptions(await screen.findByLabelText('Sprache der App'), 'English');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByLabelText('App language')).toHaveValue('en');
    expect(screen.getByRole('link', { name: /Search/ })).toBeInTheDocument();
    expect(localStorage.getItem('klimapartner.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the user name on the device and records it as author', async () => {
    const user = userEvent.setup();
    const first = renderAt('/settings');
    const field = await screen.findByLabelText('Name');
    expect(field).toHaveAccessibleDescription(/als Autorin oder Autor gespeichert/);
    await user.type(field, 'Amina Diallo');
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }));

    expect(await screen.findByText(/Neue Einträge tragen den Namen „Amina Diallo“/)).toBeVisible();
    expect(localStorage.getItem('klimapartner.session')).toContain('Amina Diallo');
    first.unmount();

    renderAt('/settings');
    expect(await screen.findByLabelText('Name')).toHaveValue('Amina Diallo');

    const saved = await saveRecord({
      type: 'partnership',
      fields: {
        germanMunicipality: 'Stadt A',
        partnerMunicipality: 'Commune B',
        partnerCountry: 'SN',
        phase: 1,
      },
      user: useSessionStore.getState().userName,
      lang: 'de',
    });
    expect(saved.ok && saved.value.createdBy).toBe('Amina Diallo');
  });

  it('saves the name when the field is left', async () => {
    const user = userEvent.setup();
    renderAt('/settings');
    await user.type(await screen.findByLabelText('Name'), '  Jonas Brenner ');
    await user.tab();
    expect(useSessionStore.getState().userName).toBe('Jonas Brenner');
  });

  it('tells what is stored on the device, with plurals', async () => {
    await saveRecord({
      type: 'partnership',
      fields: {
        germanMunicipality: 'Stadt A',
        partnerMunicipality: 'Commune B',
        partnerCountry: 'SN',
        phase: 1,
      },
      user: 'Test',
      lang: 'de',
    });
    await saveDraft({ key: 'measure:new:x', route: '/', values: {}, focus: null });
    renderAt('/settings');

    const storage = within(await screen.findByRole('region', { name: 'Daten auf diesem Gerät' }));
    expect(await storage.findByText('1 Eintrag')).toBeInTheDocument();
    expect(storage.getByText('1 nicht gespeicherter Entwurf')).toBeInTheDocument();
    expect(storage.getByText('1 Änderung wartet auf die Synchronisierung')).toBeInTheDocument();
    expect(screen.getByText('Klimapartner, Version 0.1.0')).toBeInTheDocument();
  });

  it('shows the space used and whether the browser keeps the data', async () => {
    // jsdom has no StorageManager; stand in for the browser's answer.
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        estimate: () => Promise.resolve({ usage: 1.5 * 1024 * 1024, quota: 2 * 1024 ** 3 }),
        persisted: () => Promise.resolve(false),
      },
    });
    try {
      renderAt('/settings');
      expect(await screen.findByText('1,5 MB von 2 GB belegt')).toBeInTheDocument();
      expect(screen.getByText(/bei knappem Speicher darf der Browser/)).toBeInTheDocument();
      expect(screen.getByText('Alle Änderungen sind synchronisiert.')).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });
});
