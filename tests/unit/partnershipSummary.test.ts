import { describe, expect, it } from 'vitest';
import type { LoadedRecord } from '../../src/db';
import { validateRecord, type AnyRecord } from '../../src/domain';
import {
  summarizePartnership,
  TIMELINE_STEPS,
} from '../../src/features/partnerships/partnershipSummary';
import { localDateString as localDate } from '../../src/features/shared/dates';

const PID = 'partnership:01JAAAAAAAAAAAAAAAAAAAAAAA';
let counter = 0;

/** A stored record of a type, run through validation so defaults are filled in like on a read. */
function loaded(type: AnyRecord['type'], fields: Record<string, unknown>): LoadedRecord {
  counter += 1;
  const id = `${type}:01JBBBBBBBBBBBBBBBBBBB${String(counter).padStart(4, '0')}`;
  const raw = {
    id,
    type,
    partnershipId: PID,
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'test',
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'test',
    ...fields,
  };
  const result = validateRecord(raw);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
  return { ok: true, id, record: result.value, sync: { pending: true, synced: false } };
}

const deployment = (number: number, status: string, startDate: string | null = null) =>
  loaded('deployment', { number, direction: 'toPartner', destination: 'X', status, startDate });
const meeting = (kind: string, date: string, actionItems: unknown[] = []) =>
  loaded('meeting', { kind, title: kind, date, actionItems });
const task = (done: boolean) => ({ id: `t${++counter}`, text: 'Do it', done });

const TODAY = '2026-03-15';

describe('partnership summary', () => {
  it('shows every step of the phase as still open when there are no records', () => {
    const summary = summarizePartnership([], TODAY);
    expect(summary.timeline.map((s) => [s.key, s.state])).toEqual(
      TIMELINE_STEPS.map((key) => [key, 'open']),
    );
    expect(summary.counts).toEqual({
      deployments: 0,
      logEntries: 0,
      meetings: 0,
      measures: 0,
      measuresAgreed: 0,
      openTasks: 0,
    });
    expect(summary.currentDeployment).toBeNull();
    expect(summary.hasProgramme).toBe(false);
  });

  it('marks workshops before today as held and later ones as planned', () => {
    const summary = summarizePartnership(
      [
        meeting('kickoffWorkshop', '2026-03-14'),
        meeting('resultsWorkshop', '2026-03-15'),
        meeting('networkMeeting', '2025-11-01'),
        meeting('networkMeeting', '2026-06-01'),
        meeting('partnerMeeting', '2025-01-01'),
      ],
      TODAY,
    );
    const state = Object.fromEntries(summary.timeline.map((s) => [s.key, s.state]));
    expect(state).toMatchObject({
      kickoffWorkshop: 'done',
      resultsWorkshop: 'planned',
      networkMeetings: 'underway',
    });
    const network = summary.timeline.find((s) => s.key === 'networkMeetings');
    expect(network?.items.map((i) => (i.kind === 'meeting' ? [i.date, i.state] : null))).toEqual([
      ['2025-11-01', 'done'],
      ['2026-06-01', 'planned'],
    ]);
    // Partner meetings count as meetings but are no step of the phase.
    expect(summary.counts.meetings).toBe(5);
    expect(summary.timeline.flatMap((s) => s.items)).toHaveLength(4);
  });

  it('takes each deployment step from the deployment with that number and its status', () => {
    const underway = deployment(2, 'underway', '2026-03-10');
    const summary = summarizePartnership(
      [deployment(1, 'completed', '2025-10-01'), underway, deployment(3, 'planned')],
      TODAY,
    );
    const state = Object.fromEntries(summary.timeline.map((s) => [s.key, s.state]));
    expect(state).toMatchObject({
      deployment1: 'done',
      deployment2: 'underway',
      deployment3: 'planned',
    });
    expect(summary.currentDeployment).toEqual({ id: underway.id, number: 2 });
    expect(summary.counts.deployments).toBe(3);
  });

  it('counts open follow-ups and action items, and measures agreed or further along', () => {
    const d = deployment(1, 'completed');
    const summary = summarizePartnership(
      [
        d,
        loaded('logEntry', {
          deploymentId: d.id,
          occurredAt: '2026-01-02T10:00:00Z',
          title: 'Visit',
          followUps: [task(false), task(true), task(false)],
        }),
        meeting('onlineMeeting', '2026-02-01', [task(false), task(true)]),
        ...['idea', 'proposed', 'agreed', 'inImplementation', 'completed', 'dropped'].map(
          (status) => loaded('measure', { title: status, fieldOfAction: 'other', status }),
        ),
        loaded('programme', { phase: 1 }),
      ],
      TODAY,
    );
    expect(summary.counts).toMatchObject({
      logEntries: 1,
      openTasks: 3,
      measures: 6,
      measuresAgreed: 3,
    });
    expect(summary.hasProgramme).toBe(true);
  });

  it('counts broken records instead of dropping them silently', () => {
    const broken: LoadedRecord = {
      ok: false,
      id: 'measure:01JCCCCCCCCCCCCCCCCCCCCCCC',
      type: 'measure',
      errors: [{ path: 'title', key: 'validation:required' }],
      raw: {},
    };
    const summary = summarizePartnership([broken], TODAY);
    expect(summary.brokenCount).toBe(1);
    expect(summary.counts.measures).toBe(0);
  });

  it('gives the calendar day in local time', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
