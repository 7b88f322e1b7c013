// Search prepares the device's records once and keeps that index current: records saved, changed
// or deleted while search is open (or closed) are found, changed or gone without a reload.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deleteRecord, saveRecord } from '../../src/db';
import { completeFields, savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

describe('the search index', () => {
  it('follows records saved, changed and deleted while search is open', async () => {
    const { id: pid } = await savePartnership();
    const first = await saveValid('measure', pid, { title: 'Zisterne an der Schule' });
    const view = renderAt('/search?q=zisterne');
    expect(await screen.findByRole('heading', { name: '1 Maßnahme' }, LAZY)).toBeInTheDocument();

    const second = await saveValid('measure', pid, { title: 'Zisterne am Markt' });
    expect(await screen.findByRole('heading', { name: '2 Maßnahmen' })).toBeInTheDocument();

    const changed = await saveRecord({
      type: 'measure',
      id: second.id,
      partnershipId: pid,
      fields: completeFields('measure', { title: 'Regenwasser am Markt' }),
      user: 'Anna',
      lang: 'de',
    });
    expect(changed.ok).toBe(true);
    expect(await screen.findByRole('heading', { name: '1 Maßnahme' })).toBeInTheDocument();

    await deleteRecord(first.id, 'Anna');
    expect(await screen.findByText('Keine Treffer für „zisterne“', { exact: false })).toBeVisible();
    view.unmount();

    // Closed meanwhile: opening search again finds what was saved in between.
    await saveValid('measure', pid, { title: 'Zisterne am Bahnhof' });
    renderAt('/search?q=zisterne');
    const group = await screen.findByRole('region', { name: '1 Maßnahme' }, LAZY);
    expect(within(group).getByRole('link', { name: /am Bahnhof/ })).toBeInTheDocument();
  });

  it('shows long groups a page at a time', async () => {
    const user = userEvent.setup();
    const { id: pid } = await savePartnership();
    for (let i = 1; i <= 23; i++) await saveValid('measure', pid, { title: `Zisterne ${i}` });
    renderAt('/search?q=zisterne');
    const group = await screen.findByRole('region', { name: '23 Maßnahmen' }, LAZY);
    expect(within(group).getAllByRole('link')).toHaveLength(20);
    await user.click(within(group).getByRole('button', { name: '3 weitere Einträge anzeigen' }));
    expect(await within(group).findAllByRole('link')).toHaveLength(23);
  });
});
