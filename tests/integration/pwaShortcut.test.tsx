// /log/new, where the installed app's shortcut "Neuer Logeintrag" leads.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FieldsInput } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

async function createPartnership(): Promise<string> {
  const partnership = await savePartnership({
    germanMunicipality: 'Musterstadt',
    partnerMunicipality: 'Kumasi',
  });
  return partnership.id;
}

async function createDeployment(
  partnershipId: string,
  fields: Partial<FieldsInput<'deployment'>>,
): Promise<string> {
  return (await saveValid('deployment', partnershipId, fields)).id;
}

describe('the "new log entry" shortcut', () => {
  it('opens the log entry form of the deployment under way at once', async () => {
    const pid = await createPartnership();
    await createDeployment(pid, { number: 1, status: 'completed' });
    const underway = await createDeployment(pid, { number: 2, status: 'underway' });
    const app = renderAt('/log/new');

    await waitFor(() => expect(app.location()).toBe(paths.newLogEntry(pid, underway)), LAZY);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Neuer Logeintrag' }, LAZY),
    ).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Notizen' }, LAZY)).toBeInTheDocument();
  });

  it('asks which deployment when several could be meant', async () => {
    const user = userEvent.setup();
    const pid = await createPartnership();
    const first = await createDeployment(pid, { number: 1, status: 'underway' });
    await createDeployment(pid, {
      number: 2,
      direction: 'toGermany',
      destination: 'Musterstadt',
      status: 'underway',
    });
    const app = renderAt('/log/new');

    expect(
      await screen.findByText('Zu welcher Entsendung gehört der Eintrag?', {}, LAZY),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: /Entsendung 2 · nach Deutschland/ })).toBeVisible();
    await user.click(screen.getByRole('link', { name: /Entsendung 1 · zur Partnerkommune/ }));
    expect(app.location()).toBe(paths.newLogEntry(pid, first));
  });

  it('says there is no deployment and leads to the deployments', async () => {
    const pid = await createPartnership();
    renderAt('/log/new');

    expect(await screen.findByText('Keine Entsendung auf diesem Gerät', {}, LAZY)).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Entsendungen: Musterstadt – Kumasi' }),
    ).toHaveAttribute('href', paths.deployments(pid));
  });
});
