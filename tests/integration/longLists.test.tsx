// Long lists (measures, a deployment's log) show a page at a time: the count of all at once,
// more on request with the focus on the first new item, and they follow changes while open.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, deleteRecord, type StoredRow } from '../../src/db';
import { paths } from '../../src/features/shared/paths';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

/** `count` measures titled "Maßnahme 01" … so that the title order is the number order. */
async function measures(pid: string, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await saveValid('measure', pid, { title: `Maßnahme ${String(i).padStart(2, '0')}` });
  }
}

function cardLinks(list: HTMLElement): HTMLElement[] {
  return within(list).queryAllByRole('link');
}

describe('a long measure list', () => {
  it('shows the first 20 of 45, more on request, and moves the focus to the first new one', async () => {
    const user = userEvent.setup();
    const { id: pid } = await savePartnership();
    await measures(pid, 45);
    renderAt(paths.measures(pid));

    expect(await screen.findByText('45 Maßnahmen', {}, LAZY)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Maßnahmen' });
    expect(cardLinks(list)).toHaveLength(20);
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', '45');
    expect(screen.getByText('20 von 45 angezeigt')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '20 weitere Einträge anzeigen' }));
    expect(cardLinks(list)).toHaveLength(40);
    expect(cardLinks(list)[20]).toHaveFocus();
    expect(cardLinks(list)[20]).toHaveTextContent('Maßnahme 21');

    await user.click(screen.getByRole('button', { name: '5 weitere Einträge anzeigen' }));
    expect(cardLinks(list)).toHaveLength(45);
    expect(cardLinks(list)[40]).toHaveFocus();
    expect(screen.queryByRole('button', { name: /weitere/ })).not.toBeInTheDocument();
  });

  it('follows a measure saved or deleted while the list is open', async () => {
    const { id: pid } = await savePartnership();
    await measures(pid, 3);
    renderAt(paths.measures(pid));
    expect(await screen.findByText('3 Maßnahmen', {}, LAZY)).toBeInTheDocument();

    const added = await saveValid('measure', pid, { title: 'Maßnahme 00' });
    expect(await screen.findByText('4 Maßnahmen')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Maßnahmen' });
    expect(cardLinks(list)[0]).toHaveTextContent('Maßnahme 00');

    await deleteRecord(added.id, 'Anna');
    expect(await screen.findByText('3 Maßnahmen')).toBeInTheDocument();
    expect(within(list).queryByText('Maßnahme 00')).not.toBeInTheDocument();
  });

  it('shows a measure damaged outside the listed fields as damaged where it sorts', async () => {
    const { id: pid } = await savePartnership();
    await measures(pid, 2);
    const damaged = await saveValid('measure', pid, { title: 'Maßnahme 01a' });
    const row = (await db.records.get(damaged.id)) as StoredRow;
    await db.records.put({ ...row, indicators: 'kaputt' });
    renderAt(paths.measures(pid));

    // Its title, status and field are fine: it is counted and sorted like the others, and the
    // card says it cannot be shown.
    expect(await screen.findByText('3 Maßnahmen', {}, LAZY)).toBeInTheDocument();
    const items = [...screen.getByRole('list', { name: 'Maßnahmen' }).children];
    expect(items[0]).toHaveTextContent('Maßnahme 01');
    expect(items[1]).toHaveTextContent(
      'Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.',
    );
    expect(items[1]).toHaveTextContent(damaged.id);
    expect(items[2]).toHaveTextContent('Maßnahme 02');
  });
});

describe('a long deployment log', () => {
  it('shows the newest 20 entries first, then the rest, and a new entry on top', async () => {
    const user = userEvent.setup();
    const { id: pid } = await savePartnership();
    const deployment = await saveValid('deployment', pid);
    for (let day = 1; day <= 23; day++) {
      await saveValid('logEntry', pid, {
        deploymentId: deployment.id,
        title: `Tag ${day}`,
        occurredAt: `2024-03-${String(day).padStart(2, '0')}T09:00:00.000Z`,
      });
    }
    renderAt(paths.deployment(pid, deployment.id));

    const log = await screen.findByRole('region', { name: 'Logbuch' }, LAZY);
    expect(await within(log).findByText('23 Logeinträge')).toBeInTheDocument();
    const list = within(log).getByRole('list');
    expect(cardLinks(list)).toHaveLength(20);
    expect(cardLinks(list)[0]).toHaveTextContent('Tag 23');
    expect(cardLinks(list)[19]).toHaveTextContent('Tag 4');

    await user.click(within(log).getByRole('button', { name: '3 weitere Einträge anzeigen' }));
    expect(cardLinks(list)).toHaveLength(23);
    expect(cardLinks(list)[20]).toHaveFocus();
    expect(cardLinks(list)[22]).toHaveTextContent('Tag 1');

    await saveValid('logEntry', pid, {
      deploymentId: deployment.id,
      title: 'Tag 24',
      occurredAt: '2024-03-24T09:00:00.000Z',
    });
    expect(await within(log).findByText('24 Logeinträge')).toBeInTheDocument();
    await waitFor(() => expect(cardLinks(list)[0]).toHaveTextContent('Tag 24'));
  });
});
