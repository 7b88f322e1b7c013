// The sync page says when a partnership exists only on this device, and what to do about it.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { partnershipRole } from '../../src/sync/naming';
import { savePartnership } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';
import { signedInBefore } from './accountFakes';

describe('partnerships no server knows', () => {
  it('are named on the sync page with what to do', async () => {
    const onServer = await savePartnership({ germanMunicipality: 'Aachen' });
    await db.records.update(onServer.id, { rev: '1-abc', pending: 0 });
    await savePartnership({ germanMunicipality: 'Celle', partnerMunicipality: 'Moshi' });
    await signedInBefore({ name: 'anna', roles: [partnershipRole(onServer.id)] });
    renderAt('/sync');
    const title = await screen.findByText(
      '1 Partnerschaft gibt es nur auf diesem Gerät',
      {},
      { timeout: 5000 },
    );
    const notice = title.parentElement;
    expect(notice).toHaveTextContent('Celle');
    expect(notice).not.toHaveTextContent('Aachen');
    expect(notice).toHaveTextContent('wenden Sie sich an die Koordination');
  });

  it('are not mentioned when every partnership is on the server', async () => {
    const onServer = await savePartnership({ germanMunicipality: 'Aachen' });
    await db.records.update(onServer.id, { rev: '1-abc', pending: 0 });
    await signedInBefore({ name: 'anna', roles: [partnershipRole(onServer.id)] });
    renderAt('/sync');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.queryByText(/nur auf diesem Gerät/)).not.toBeInTheDocument();
  });
});
