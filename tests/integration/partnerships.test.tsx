import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, getRecord, listAllRecords, saveRecord } from '../../src/db';
import type { Partnership } from '../../src/domain';
import { DEMO_PARTNERSHIP_ID, loadDemoPartnership } from '../../src/features/partnerships/demoData';
import { paths } from '../../src/features/shared/paths';
import { renderAt } from '../helpers/renderApp';

/** A screen reached by navigation loads lazily; the first load of its module takes a moment. */
const LAZY = { timeout: 5000 };

async function savePartnership(fields: Partial<Partnership> = {}) {
  const result = await saveRecord({
    type: 'partnership',
    fields: {
      germanMunicipality: 'Stadt Musterhausen',
      partnerMunicipality: 'Municipalidad de Ejemplo',
      partnerCountry: 'NI',
      phase: 2,
      phaseStartYear: 2024,
      phaseEndYear: 2026,
      workingLanguages: ['de', 'es'],
      status: 'active',
      vision: 'Gemeinsam für saubere Luft.',
      ...fields,
    },
    user: 'Test',
    lang: 'de',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('partnership list', () => {
  it('explains the app when empty and loads the demo partnership with one tap', async () => {
    const user = userEvent.setup();
    const app = renderAt('/');
    expect(await screen.findByText('Willkommen bei Klimapartner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neue Partnerschaft anlegen' })).toHaveAttribute(
      'href',
      '/partnerships/new',
    );

    await user.click(screen.getByRole('button', { name: 'Demo-Partnerschaft laden' }));

    expect(
      await screen.findByRole(
        'heading',
        {
          level: 1,
          name: 'Stadt Lindenau am Main – Commune de Sanoré',
        },
        LAZY,
      ),
    ).toBeInTheDocument();
    expect(app.location()).toBe(paths.partnership(DEMO_PARTNERSHIP_ID));

    app.navigate('/');
    const card = await screen.findByRole('link', { name: /Stadt Lindenau am Main/ }, LAZY);
    expect(card).toHaveTextContent('Burkina Faso');
    expect(card).toHaveTextContent('Phase 1');
    expect(card).toHaveTextContent('Laufend');
    expect(screen.getByRole('link', { name: 'Neue Partnerschaft anlegen' })).toBeInTheDocument();
  });

  it('shows a malformed partnership as an error card and still lists the valid ones', async () => {
    await savePartnership();
    const brokenId = 'partnership:01JBR0KEN00000000000000000';
    await db.records.put({
      id: brokenId,
      type: 'partnership',
      partnershipId: brokenId,
      pending: 1,
      deleted: 0,
      rev: null,
      base: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    renderAt('/');

    expect(
      await screen.findByRole('link', { name: /Stadt Musterhausen – Municipalidad de Ejemplo/ }),
    ).toHaveTextContent('Nicaragua');
    const error = screen.getByText(
      'Dieser Eintrag ist beschädigt und kann nicht angezeigt werden.',
    );
    expect(error.closest('li')).toHaveTextContent(brokenId);
    expect(error.closest('li')).toHaveTextContent('germanMunicipality');
  });

  it('leads back to forms with unsaved typing', async () => {
    const user = userEvent.setup();
    const app = renderAt('/partnerships/new');
    await user.type(await screen.findByLabelText(/Deutsche Kommune/), 'Stadt Halbfertig');
    app.navigate('/');

    const section = await screen.findByRole(
      'region',
      { name: 'Nicht gespeicherte Entwürfe' },
      LAZY,
    );
    const link = await within(section).findByRole('link', { name: /Neue Partnerschaft/ });
    expect(link).toHaveAttribute('href', '/partnerships/new');
    expect(link).toHaveTextContent('Stadt Halbfertig');

    await user.click(link);
    expect(await screen.findByLabelText(/Deutsche Kommune/, undefined, LAZY)).toHaveValue(
      'Stadt Halbfertig',
    );
  });
});

describe('partnership form', () => {
  it('creates a partnership and lands on its home', async () => {
    const user = userEvent.setup();
    const app = renderAt('/partnerships/new');
    await user.type(await screen.findByLabelText(/Deutsche Kommune/), 'Stadt Beispielheim');
    await user.type(screen.getByLabelText(/^Partnerkommune/), 'Municipalidad de San Ejemplo');
    await user.selectOptions(screen.getByLabelText(/Land der Partnerkommune/), 'Guatemala');
    await user.clear(screen.getByLabelText(/Projektphase/));
    await user.type(screen.getByLabelText(/Projektphase/), '3');
    await user.type(screen.getByLabelText('Beginn der Phase (Jahr)'), '2025');
    await user.type(screen.getByLabelText('Ende der Phase (Jahr)'), '2027');
    await user.click(screen.getByRole('checkbox', { name: 'Spanisch' }));
    await user.selectOptions(screen.getByLabelText('Stand'), 'Laufend');
    await user.type(screen.getByLabelText('Vision'), 'Wasser für alle.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(
      await screen.findByRole(
        'heading',
        {
          level: 1,
          name: 'Stadt Beispielheim – Municipalidad de San Ejemplo',
        },
        LAZY,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Guatemala')).toBeInTheDocument();
    expect(screen.getByText('Phase 3 · 2025–2027')).toBeInTheDocument();
    expect(screen.getByText('Deutsch und Spanisch')).toBeInTheDocument();
    expect(screen.getByText('Wasser für alle.')).toBeInTheDocument();

    const [saved] = await listAllRecords('partnership');
    expect(saved?.ok && saved.record).toMatchObject({
      partnerCountry: 'GT',
      phase: 3,
      workingLanguages: ['de', 'es'],
      status: 'active',
    });
    expect(app.location()).toBe(paths.partnership(saved?.id ?? ''));
    expect(await db.drafts.count()).toBe(0);
  });

  it('shows the error next to an empty municipality and keeps the other typing', async () => {
    const user = userEvent.setup();
    const app = renderAt('/partnerships/new');
    await user.type(await screen.findByLabelText(/^Partnerkommune/), 'Commune de Texte');
    await user.selectOptions(screen.getByLabelText(/Land der Partnerkommune/), 'Senegal');
    await user.type(screen.getByLabelText('Vision'), 'Ein langer Text, der bleiben muss.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const field = await screen.findByLabelText(/Deutsche Kommune/);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Bitte ausfüllen\./);
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByLabelText(/^Partnerkommune/)).toHaveValue('Commune de Texte');
    expect(screen.getByLabelText('Vision')).toHaveValue('Ein langer Text, der bleiben muss.');
    expect(app.location()).toBe('/partnerships/new');
    expect(await db.records.count()).toBe(0);
  });

  it('edits a partnership', async () => {
    const user = userEvent.setup();
    const partnership = await savePartnership();
    const app = renderAt(paths.editPartnership(partnership.id));
    const vision = await screen.findByLabelText('Vision');
    expect(vision).toHaveValue('Gemeinsam für saubere Luft.');
    expect(screen.getByLabelText(/Land der Partnerkommune/)).toHaveValue('NI');
    await user.clear(vision);
    await user.type(vision, 'Gemeinsam für sauberes Wasser.');
    await user.selectOptions(screen.getByLabelText('Stand'), 'In Umsetzung');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('heading', { name: 'Vision' }, LAZY)).toBeInTheDocument();
    expect(app.location()).toBe(paths.partnership(partnership.id));
    expect(screen.getByText('Gemeinsam für sauberes Wasser.')).toBeInTheDocument();
    expect(screen.getByText('In Umsetzung')).toBeInTheDocument();
    const stored = await getRecord<Partnership>(partnership.id);
    expect(stored?.ok && stored.record).toMatchObject({
      status: 'implementation',
      vision: 'Gemeinsam für sauberes Wasser.',
      germanMunicipality: 'Stadt Musterhausen',
    });
  });

  it('says so when the partnership to edit does not exist', async () => {
    renderAt('/p/01JN0TTHERE000000000000000/edit');
    expect(
      await screen.findByText('Dieser Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.'),
    ).toBeInTheDocument();
  });
});

describe('partnership home', () => {
  it('counts the demo records and shows where the phase stands', async () => {
    const id = await loadDemoPartnership('Demo', 'de');
    renderAt(paths.partnership(id));

    expect(await screen.findByRole('link', { name: '3 Entsendungen' })).toHaveAttribute(
      'href',
      paths.deployments(id),
    );
    expect(screen.getByRole('link', { name: '8 Logbucheinträge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '3 Treffen' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '8 Maßnahmen davon 5 vereinbart oder weiter' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '10 offene Aufgaben' })).toHaveAttribute(
      'href',
      paths.followUps(id),
    );

    const timeline = within(screen.getByRole('region', { name: 'Phasenverlauf' }));
    const step = (name: string) => {
      const heading = timeline.getByRole('heading', { level: 3, name });
      const item = heading.closest('li');
      if (!item) throw new Error(`no step ${name}`);
      return item;
    };
    const steps = timeline.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(steps).toEqual([
      'Internationaler Auftaktworkshop',
      '1. Entsendung',
      '2. Entsendung',
      '3. Entsendung',
      'Netzwerktreffen',
      'Internationaler Ergebnisworkshop',
    ]);
    expect(step('Internationaler Auftaktworkshop')).toHaveTextContent('Erledigt');
    expect(step('Internationaler Auftaktworkshop')).toHaveTextContent(/Fand am .* statt/);
    expect(step('1. Entsendung')).toHaveTextContent('ErledigtSanoré, Burkina Faso');
    expect(step('2. Entsendung')).toHaveTextContent('Nach Deutschland');
    expect(step('3. Entsendung')).toHaveTextContent('Geplant');
    expect(step('Netzwerktreffen')).toHaveTextContent('Erledigt');
    expect(step('Internationaler Ergebnisworkshop')).toHaveTextContent('Noch offen');

    // No deployment is under way, so the log link asks which deployment first.
    expect(screen.getByRole('link', { name: 'Logbuch: Entsendung wählen' })).toHaveAttribute(
      'href',
      paths.deployments(id),
    );
    expect(screen.getByRole('link', { name: 'Partnerschaft bearbeiten' })).toHaveAttribute(
      'href',
      paths.editPartnership(id),
    );
  });

  it('offers a new log entry for the deployment under way', async () => {
    const partnership = await savePartnership();
    const deployment = await saveRecord({
      type: 'deployment',
      partnershipId: partnership.id,
      fields: {
        number: 2,
        direction: 'toGermany',
        destination: 'Musterhausen',
        status: 'underway',
      },
      user: 'Test',
      lang: 'de',
    });
    if (!deployment.ok) throw new Error('deployment not saved');
    renderAt(paths.partnership(partnership.id));

    expect(
      await screen.findByRole('link', { name: 'Neuer Logbucheintrag (Entsendung 2)' }),
    ).toHaveAttribute('href', paths.newLogEntry(partnership.id, deployment.value.id));
    expect(screen.getByRole('link', { name: '1 Entsendung' })).toBeInTheDocument();
  });

  it('says so when the partnership does not exist', async () => {
    renderAt('/p/01JN0TTHERE000000000000000');
    expect(
      await screen.findByText('Dieser Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.'),
    ).toBeInTheDocument();
  });
});
