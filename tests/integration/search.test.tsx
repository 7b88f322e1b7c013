import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveRecord, type SaveInput } from '../../src/db';
import type { RecordOf, RecordType } from '../../src/domain';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

async function save<T extends RecordType>(input: Omit<SaveInput<T>, 'user' | 'lang'>) {
  const result = await saveRecord({ ...input, user: 'Test', lang: 'de' } as SaveInput<T>);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value as RecordOf<T>;
}

async function seed() {
  const partnership = await save({
    type: 'partnership',
    fields: {
      germanMunicipality: 'Bonn',
      partnerMunicipality: 'Cape Coast',
      partnerCountry: 'GH',
      phase: 3,
    },
  });
  const partnershipId = partnership.id;
  const measure = await save({
    type: 'measure',
    partnershipId,
    fields: {
      title: 'Solarschule',
      description: 'Photovoltaik auf dem Dach der Grundschule in Cape Coast',
      fieldOfAction: 'renewableEnergy',
    },
  });
  const deployment = await save({
    type: 'deployment',
    partnershipId,
    fields: { number: 1, direction: 'toPartner', destination: 'Cape Coast' },
  });
  const logEntry = await save({
    type: 'logEntry',
    partnershipId,
    fields: {
      deploymentId: deployment.id,
      occurredAt: '2024-03-01T09:00:00.000Z',
      title: 'Besuch am Fluss',
      notes: 'Das Wasserwerk am Fluss besichtigt; die Pumpen laufen mit Diesel.',
    },
  });
  return { partnership, measure, deployment, logEntry };
}

describe('search', () => {
  it('finds a measure by a word of its description, marks the match and opens the measure', async () => {
    const { partnership, measure } = await seed();
    const user = userEvent.setup();
    const view = renderAt('/search');
    const input = await screen.findByRole('searchbox', { name: /suchen/i });
    expect(input).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/Geben Sie ein oder mehrere Wörter ein/);

    await user.type(input, 'grundschule');
    const link = await screen.findByRole('link', { name: /Solarschule/ });
    expect(view.location()).toBe('/search?q=grundschule');
    expect(within(link).getByText('Grundschule').tagName).toBe('MARK');
    expect(link).toHaveTextContent('Bonn – Cape Coast');
    expect(screen.getByRole('heading', { name: '1 Maßnahme' })).toBeInTheDocument();

    await user.click(link);
    expect(view.location()).toBe(paths.measure(partnership.id, measure.id));
  });

  it('finds a log entry by a word of its notes and opens it in its deployment', async () => {
    const { partnership, deployment, logEntry } = await seed();
    const user = userEvent.setup();
    const view = renderAt('/search');
    await user.type(await screen.findByRole('searchbox'), 'WASSERWERK');
    const link = await screen.findByRole('link', { name: /Besuch am Fluss/ });
    expect(within(link).getByText('Wasserwerk').tagName).toBe('MARK');
    expect(screen.getByRole('heading', { name: '1 Logbucheintrag' })).toBeInTheDocument();
    await user.click(link);
    expect(view.location()).toBe(paths.logEntry(partnership.id, deployment.id, logEntry.id));
  });

  it('keeps the query in the URL, so it survives leaving and coming back', async () => {
    await seed();
    const user = userEvent.setup();
    const first = renderAt('/search');
    await user.type(await screen.findByRole('searchbox'), 'pumpen diesel');
    await screen.findByRole('link', { name: /Besuch am Fluss/ });
    const url = first.location();
    expect(url).toBe(`/search?q=${encodeURIComponent('pumpen diesel')}`);
    first.unmount();

    renderAt(url);
    expect(await screen.findByRole('searchbox')).toHaveValue('pumpen diesel');
    expect(await screen.findByRole('link', { name: /Besuch am Fluss/ })).toBeInTheDocument();
  });

  it('says clearly when nothing matches every word', async () => {
    await seed();
    renderAt('/search?q=grundschule%20wasserwerk');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Keine Treffer für „grundschule wasserwerk“',
      ),
    );
    expect(screen.queryByRole('link', { name: /Solarschule/ })).not.toBeInTheDocument();
  });
});
