// Search shows only what the partnership list shows: a member never finds text of a partnership
// their roles do not give (left on a shared device by another account).
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { partnershipRole } from '../../src/sync/naming';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import { signedInBefore, signedOut } from './accountFakes';

async function serverPartnership(germanMunicipality: string): Promise<string> {
  const saved = await savePartnership({ germanMunicipality, partnerMunicipality: 'Partner' });
  await db.records.update(saved.id, { rev: '1-abc', pending: 0 });
  return saved.id;
}

let own: string;
let foreign: string;

beforeEach(async () => {
  signedOut();
  own = await serverPartnership('Aachen');
  foreign = await serverPartnership('Bonn');
  await saveValid('measure', own, { title: 'Solardach Rathaus' });
  await saveValid('measure', foreign, { title: 'Solardach Bahnhof' });
});

describe('search and partnership visibility', () => {
  it('finds everything on the device before the first sign-in', async () => {
    renderAt('/search?q=solardach');
    expect(await screen.findByText(/Rathaus/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText(/Bahnhof/)).toBeInTheDocument();
  });

  it('finds only the partnerships a member may see', async () => {
    await signedInBefore({ name: 'anna', roles: [partnershipRole(own)] });
    renderAt('/search?q=solardach');
    expect(await screen.findByText(/Rathaus/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/Bahnhof/)).not.toBeInTheDocument();
  });
});
