// The partnership list shows exactly what the person's roles give: signed out everything on the
// device; a member the partnerships of its roles; a coordinator every partnership in the server's
// directory. Partnerships made here that never reached a server stay visible, marked as such.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, writeMeta } from '../../src/db';
import { COORDINATOR_ROLE, partnershipRole } from '../../src/sync/naming';
import { DIRECTORY_META_KEY } from '../../src/sync/partnershipAccess';
import { savePartnership } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import { signedInBefore, signedOut } from './accountFakes';

let member: string;
let other: string;

/** A partnership that came from (or reached) the server. */
async function serverPartnership(germanMunicipality: string): Promise<string> {
  const saved = await savePartnership({ germanMunicipality, partnerMunicipality: 'Partner' });
  await db.records.update(saved.id, { rev: '1-abc', pending: 0 });
  return saved.id;
}

beforeEach(async () => {
  signedOut();
  member = await serverPartnership('Aachen');
  other = await serverPartnership('Bonn');
  await savePartnership({ germanMunicipality: 'Celle', partnerMunicipality: 'Partner' });
});

async function shownCards() {
  const list = await screen.findByRole('list');
  await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0));
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('partnerships a person sees', () => {
  it('shows everything on the device before the first sign-in, with no marks', async () => {
    renderAt('/');
    const cards = await shownCards();
    expect(cards).toHaveLength(3);
    expect(screen.queryByText('Nur auf diesem Gerät')).not.toBeInTheDocument();
  });

  it('shows a member only its partnerships, and the ones made here as "only on this device"', async () => {
    await signedInBefore({ name: 'anna', roles: [partnershipRole(member), 'expert'] });
    renderAt('/');
    await waitFor(async () => expect(await shownCards()).toHaveLength(2));
    const cards = await shownCards();
    expect(cards[0]).toMatch(/^Aachen/);
    expect(cards[1]).toMatch(/^Celle.*Nur auf diesem Gerät$/);
    expect(screen.queryByText(/Bonn/)).not.toBeInTheDocument();
  });

  it('shows a coordinator every partnership in the directory', async () => {
    await writeMeta(DIRECTORY_META_KEY, [member, other]);
    await signedInBefore({ name: 'carla', roles: [COORDINATOR_ROLE] });
    renderAt('/');
    await waitFor(async () => expect(await shownCards()).toHaveLength(3));
    expect(screen.getAllByText('Nur auf diesem Gerät')).toHaveLength(1);
  });

  it('shows the welcome to a member whose partnerships have not arrived yet', async () => {
    await db.records.clear();
    await signedInBefore({ name: 'anna', roles: [partnershipRole(other)] });
    renderAt('/');
    expect(await screen.findByRole('button', { name: 'Demo-Partnerschaft laden' })).toBeVisible();
  });
});
