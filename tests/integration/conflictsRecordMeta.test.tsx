import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, resolveConflict, type RecordSyncState } from '../../src/db';
import { idToParam, type RecordMetaFields } from '../../src/domain';
import { OpenConflictsLink } from '../../src/features/conflicts/OpenConflictsLink';
import { paths } from '../../src/features/shared/paths';
import { RecordMeta, type RecordMetaSync } from '../../src/features/shared/RecordMeta';
import { renderAt } from '../helpers/renderApp';
import { conflictedMeasure } from './conflictsHelpers';

const record: RecordMetaFields = {
  id: 'measure:01JDEM01000000000000000010',
  partnershipId: 'partnership:01JDEM01000000000000000001',
  createdAt: '2025-01-01T10:00:00.000Z',
  createdBy: 'expert',
  updatedAt: '2025-01-02T10:00:00.000Z',
  updatedBy: 'partner',
  lang: 'de',
  reviewState: 'unreviewed',
};

const state = (sync: Partial<RecordSyncState>): RecordSyncState => ({
  pending: false,
  synced: true,
  conflict: null,
  rejection: null,
  ...sync,
});

const rejection = (code: string, reason: string) => ({
  code,
  reason: `${code}: ${reason}`,
  at: '2025-01-03T10:00:00.000Z',
});

const show = (sync: RecordMetaSync) => renderAt('/', <RecordMeta record={record} sync={sync} />);

describe('record sync state', () => {
  it('says a record that never reached the server is only on this device', () => {
    show(state({ pending: true, synced: false }));
    expect(screen.getByText('Nur auf diesem Gerät')).toBeInTheDocument();
  });

  it('says a change to a synced record is waiting to be uploaded', () => {
    show(state({ pending: true, synced: true }));
    expect(screen.getByText('Wartet auf Übertragung')).toBeInTheDocument();
  });

  it('says a record is synced when nothing is waiting', () => {
    show(state({}));
    expect(screen.getByText('Synchronisiert')).toBeInTheDocument();
  });

  it('keeps working for callers that know only pending and synced', () => {
    show({ pending: true, synced: true });
    expect(screen.getByText('Wartet auf Übertragung')).toBeInTheDocument();
  });

  it('shows a conflict with a link to resolve it', () => {
    show(
      state({
        pending: true,
        conflict: { remoteRev: '2-x', remote: null, fields: [], detectedAt: record.updatedAt },
      }),
    );
    expect(screen.getByText('Konflikt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Konflikt lösen' })).toHaveAttribute(
      'href',
      `/conflicts/measure/${idToParam(record.id)}`,
    );
  });

  it.each([
    ['review_not_allowed', 'Den Prüfstatus eines Eintrags darf nur die Koordination ändern.'],
    ['wrong_author', /anderen Namen gespeichert/],
    ['invalid_type', 'Der Server erkennt die Art dieses Eintrags nicht.'],
    ['wrong_partnership', /anderen Partnerschaft/],
    ['forbidden', /keine Berechtigung/],
  ] as const)('explains a rejection with code %s and what to do', (code, explanation) => {
    show(state({ pending: true, rejection: rejection(code, 'the server says no') }));
    expect(screen.getByText('Abgelehnt')).toBeInTheDocument();
    expect(screen.getByText('Der Server hat die letzte Änderung abgelehnt.')).toBeInTheDocument();
    expect(screen.getByText(explanation)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ihr Text bleibt erhalten. Bearbeiten Sie den Eintrag oder wenden Sie sich an die Koordination.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(`${code}: the server says no`)).toHaveAttribute('lang', 'en');
  });
});

describe('sync state on the detail screen', () => {
  it('shows a conflicted measure as such, with the way to resolve it', async () => {
    const { measure } = await conflictedMeasure(
      { title: 'Radwege Nord' },
      { title: 'Radwege Süd' },
    );
    renderAt(paths.measure(measure.partnershipId, measure.id));
    expect(await screen.findByText('Konflikt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Konflikt lösen' })).toHaveAttribute(
      'href',
      `/conflicts/measure/${idToParam(measure.id)}`,
    );
  });

  it('shows the server’s reason on a rejected measure', async () => {
    const { measure } = await conflictedMeasure(
      { title: 'Radwege Nord' },
      { title: 'Radwege Süd' },
    );
    await db.transaction('rw', db.records, () =>
      db.records.update(measure.id, {
        conflict: null,
        conflicted: 0,
        rejection: rejection('review_not_allowed', 'only coordinators review'),
      }),
    );
    renderAt(paths.measure(measure.partnershipId, measure.id));
    expect(await screen.findByText('Abgelehnt')).toBeInTheDocument();
    expect(screen.getByText('review_not_allowed: only coordinators review')).toBeInTheDocument();
  });
});

describe('open conflict count', () => {
  it('links to the open conflicts with their number, and disappears when none are left', async () => {
    const { measure } = await conflictedMeasure(
      { title: 'Radwege Nord' },
      { title: 'Radwege Süd' },
    );
    renderAt('/', <OpenConflictsLink />);
    expect(await screen.findByRole('link', { name: '1 offener Konflikt' })).toHaveAttribute(
      'href',
      '/conflicts',
    );
    const row = await db.records.get(measure.id);
    await resolveConflict(measure.id, { ...row }, 'expert');
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
  });
});
