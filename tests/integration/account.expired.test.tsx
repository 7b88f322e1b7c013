// An expired session: a banner on every screen asks for the password again (the user name is
// fixed), without taking the focus from what the person is typing and without touching their
// unsynced work.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { countPending, db } from '../../src/db';
import { paths } from '../../src/features/shared/paths';
import { partnershipRole } from '../../src/sync/naming';
import { markExpired, readSession } from '../../src/sync/session';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import {
  connectFakeCouch,
  fakeCouch,
  signedInBefore,
  signedOut,
  type FakeCouch,
} from './accountFakes';

let couch: FakeCouch;
let partnershipId: string;

beforeEach(async () => {
  signedOut();
  const partnership = await savePartnership({}, 'anna');
  partnershipId = partnership.id;
  const roles = [partnershipRole(partnershipId)];
  couch = fakeCouch({ anna: { password: 'secret', roles } });
  connectFakeCouch(couch);
  await signedInBefore({ name: 'anna', roles });
});

const banner = () => screen.queryByRole('region', { name: 'Anmeldung abgelaufen' });

describe('expired session', () => {
  it('asks for the password in a banner while the person keeps typing undisturbed', async () => {
    const user = userEvent.setup();
    renderAt(paths.newMeasure(partnershipId));
    const title = await screen.findByLabelText(/Titel/);
    await user.click(title);
    await user.type(title, 'Baumpflanz');
    expect(banner()).not.toBeInTheDocument();

    await act(() => markExpired(db));
    const region = await screen.findByRole('region', { name: 'Anmeldung abgelaufen' });
    expect(within(region).getByText('Bitte melden Sie sich erneut an')).toBeInTheDocument();
    expect(title).toHaveFocus();
    await user.type(title, 'aktion');
    expect(title).toHaveValue('Baumpflanzaktion');

    // The user name is fixed; only the password is asked for.
    expect(within(region).getByText(/Die Anmeldung von anna ist abgelaufen/)).toBeInTheDocument();
    const password = within(region).getByLabelText('Passwort');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    await user.type(password, 'secret');
    await user.click(within(region).getByRole('button', { name: 'Erneut anmelden' }));

    await waitFor(() => expect(banner()).not.toBeInTheDocument());
    expect(await readSession(db)).toMatchObject({ user: { name: 'anna' }, expired: false });
    expect(couch.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/_session',
      body: { name: 'anna', password: 'secret' },
    });
    expect(title).toHaveValue('Baumpflanzaktion');
  });

  it('keeps the unsynced work and says so when the password is wrong', async () => {
    await saveValid('measure', partnershipId, {}, 'anna');
    await markExpired(db);
    const user = userEvent.setup();
    renderAt('/');
    const region = await screen.findByRole('region', { name: 'Anmeldung abgelaufen' });
    await user.type(within(region).getByLabelText('Passwort'), 'nope');
    await user.click(within(region).getByRole('button', { name: 'Erneut anmelden' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Benutzername oder Passwort stimmen nicht.',
    );
    expect(await countPending()).toBe(2);
    expect(await readSession(db)).toMatchObject({ expired: true });
  });

  it('is not shown when nobody is signed in', async () => {
    await db.meta.clear();
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(banner()).not.toBeInTheDocument();
  });
});
