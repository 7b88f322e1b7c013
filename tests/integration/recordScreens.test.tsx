// What every screen of one record does alike: find it by the address, show it broken rather than
// hide it, refuse another partnership's record, and delete only after asking.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db, getRecord } from '../../src/db';
import { newRecordId } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { savePartnership, saveValid, storedRow } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };
const NOT_FOUND = 'Dieser Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.';
const BROKEN = 'Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.';

describe('record screens', () => {
  it('shows a damaged measure on its page with its problems and the way back to the list', async () => {
    const partnership = await savePartnership();
    const broken = storedRow('measure', { partnershipId: partnership.id, title: '' });
    await db.records.put(broken);
    renderAt(paths.measure(partnership.id, broken.id));

    expect(await screen.findByText(BROKEN, {}, LAZY)).toBeInTheDocument();
    expect(screen.getByText(broken.id)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Maßnahme nicht verfügbar');
    expect(screen.getByRole('link', { name: 'Zur Liste der Maßnahmen' })).toHaveAttribute(
      'href',
      paths.measures(partnership.id),
    );
  });

  it('does not show a meeting of another partnership under this partnership’s address', async () => {
    const here = await savePartnership();
    const elsewhere = await savePartnership({ germanMunicipality: 'Anderswo' });
    const meeting = await saveValid('meeting', elsewhere.id, { title: 'Fremdes Treffen' });
    renderAt(paths.meeting(here.id, meeting.id));

    expect(await screen.findByText(NOT_FOUND, {}, LAZY)).toBeInTheDocument();
    expect(screen.queryByText('Fremdes Treffen')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Treffen' })).toHaveAttribute(
      'href',
      paths.meetings(here.id),
    );
  });

  it('titles a missing partnership’s home and leads back to the partnerships', async () => {
    renderAt(paths.partnership(newRecordId('partnership')));

    expect(await screen.findByText(NOT_FOUND, {}, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Partnerschaft');
    expect(screen.getByRole('link', { name: 'Zu den Partnerschaften' })).toHaveAttribute(
      'href',
      paths.home(),
    );
  });

  it('deletes a log entry only after confirmation and returns to its deployment', async () => {
    const user = userEvent.setup();
    const partnership = await savePartnership();
    const deployment = await saveValid('deployment', partnership.id);
    const entry = await saveValid('logEntry', partnership.id, {
      deploymentId: deployment.id,
      title: 'Marktbesuch',
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    const view = renderAt(paths.logEntry(partnership.id, deployment.id, entry.id));

    const remove = await screen.findByRole('button', { name: 'Löschen' }, LAZY);
    await user.click(remove);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(await getRecord(entry.id)).toBeDefined();

    confirm.mockReturnValueOnce(true);
    await user.click(remove);
    await waitFor(() =>
      expect(view.location()).toBe(paths.deployment(partnership.id, deployment.id)),
    );
    expect(await getRecord(entry.id)).toBeUndefined();
    expect(await getRecord(deployment.id)).toBeDefined();
  });
});
