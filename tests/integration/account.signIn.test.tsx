// The sign-in screen: labelled fields for the browser's password manager, the server's answers
// in plain words, and after a sign-in the user and roles kept on the device (never the password).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { getAccount } from '../../src/sync/accountStore';
import { readSession } from '../../src/sync/session';
import { currentUser } from '../../src/features/shared/sessionStore';
import { renderAt } from '../helpers/renderApp';
import {
  connectFakeCouch,
  EXPERT,
  fakeCouch,
  signedInBefore,
  signedOut,
  type FakeCouch,
} from './accountFakes';

let couch: FakeCouch;
beforeEach(() => {
  signedOut();
  couch = fakeCouch();
  connectFakeCouch(couch);
});

async function signIn(name: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Benutzername'), name);
  await user.type(screen.getByLabelText('Passwort'), password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('sign-in screen', () => {
  it('offers labelled fields the password manager understands', async () => {
    renderAt('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByLabelText('Benutzername')).toHaveAttribute('autocomplete', 'username');
    const password = screen.getByLabelText('Passwort');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
  });

  it('signs in, keeps the user and roles on the device but not the password, and goes home', async () => {
    const app = renderAt('/sign-in');
    await signIn('expert', 'secret');
    await waitFor(() => expect(app.location()).toBe('/'));
    expect(couch.requests[0]).toMatchObject({ method: 'POST', path: '/_session' });
    expect(await readSession(db)).toMatchObject({ user: EXPERT, expired: false });
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('secret');
    expect(JSON.stringify(localStorage)).not.toContain('secret');
    expect(getAccount().user?.name).toBe('expert');
    expect(currentUser()).toBe('expert');
  });

  it('says when the password is wrong, empties the password and keeps the name', async () => {
    renderAt('/sign-in');
    await signIn('expert', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Benutzername oder Passwort stimmen nicht.',
    );
    expect(screen.getByLabelText('Benutzername')).toHaveValue('expert');
    expect(screen.getByLabelText('Passwort')).toHaveValue('');
    expect(await readSession(db)).toBeNull();
  });

  it('says when there is no connection, and keeps what was typed for another try', async () => {
    couch.offline = true;
    renderAt('/sign-in');
    await signIn('expert', 'secret');
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung zum Server.');
    expect(screen.getByLabelText('Passwort')).toHaveValue('secret');

    couch.offline = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(async () => expect(await readSession(db)).not.toBeNull());
  });

  it('says when the server is down or answers something unexpected', async () => {
    couch.brokenStatus = 502;
    renderAt('/sign-in');
    await signIn('expert', 'secret');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Server ist gerade nicht erreichbar.',
    );
    couch.brokenStatus = 500;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Der Server hat unerwartet geantwortet.'),
    );
  });

  it('asks for both fields before asking the server', async () => {
    renderAt('/sign-in');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitte geben Sie Benutzername und Passwort ein.',
    );
    expect(couch.requests).toHaveLength(0);
  });

  it('tells a signed-in person who they are instead of showing the form', async () => {
    await signedInBefore();
    renderAt('/sign-in');
    expect(await screen.findByText('Sie sind angemeldet als expert.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Passwort')).not.toBeInTheDocument();
  });
});
