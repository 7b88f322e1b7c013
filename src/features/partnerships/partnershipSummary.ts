// What a partnership's home screen shows — counts, the phase timeline, where a new log entry
// belongs — derived in one pass from the partnership's records. Pure: no React, no IndexedDB.
import type { LoadedRecord } from '../../db';
import type {
  AnyRecord,
  DeploymentDirection,
  DeploymentStatus,
  MeasureStatus,
  MeetingKind,
} from '../../domain';

/** The programme's steps in a phase, in order. */
export const TIMELINE_STEPS = [
  'kickoffWorkshop',
  'deployment1',
  'deployment2',
  'deployment3',
  'networkMeetings',
  'resultsWorkshop',
] as const;
export type TimelineStepKey = (typeof TIMELINE_STEPS)[number];

/** open: no record yet; planned: only future/planned ones; underway: some done, some not. */
export type StepState = 'open' | 'planned' | 'underway' | 'done';

export type TimelineItem =
  | { kind: 'meeting'; id: string; title: string; date: string; state: 'planned' | 'done' }
  | {
      kind: 'deployment';
      id: string;
      destination: string;
      direction: DeploymentDirection;
      startDate: string | null;
      endDate: string | null;
      status: DeploymentStatus;
    };

export interface TimelineStep {
  key: TimelineStepKey;
  state: StepState;
  items: TimelineItem[];
}

export interface PartnershipCounts {
  deployments: number;
  logEntries: number;
  meetings: number;
  measures: number;
  /** Measures agreed, in implementation or completed. */
  measuresAgreed: number;
  /** Follow-ups in log entries and action items in meetings that are not done. */
  openTasks: number;
}

export interface PartnershipSummary {
  counts: PartnershipCounts;
  timeline: TimelineStep[];
  /** The deployment under way (the first by number), where a new log entry most likely belongs. */
  currentDeployment: { id: string; number: number } | null;
  hasProgramme: boolean;
  /** Records of this partnership that fail validation (shown as errors in their lists). */
  brokenCount: number;
}

const MEETING_STEP: Partial<Record<MeetingKind, TimelineStepKey>> = {
  kickoffWorkshop: 'kickoffWorkshop',
  networkMeeting: 'networkMeetings',
  resultsWorkshop: 'resultsWorkshop',
};

const AGREED_OR_LATER: readonly MeasureStatus[] = ['agreed', 'inImplementation', 'completed'];

function itemState(item: TimelineItem): 'planned' | 'underway' | 'done' {
  if (item.kind === 'meeting') return item.state;
  if (item.status === 'completed') return 'done';
  return item.status;
}

function stepState(items: readonly TimelineItem[]): StepState {
  if (items.length === 0) return 'open';
  const states = items.map(itemState);
  if (states.every((s) => s === 'done')) return 'done';
  if (states.every((s) => s === 'planned')) return 'planned';
  return 'underway';
}

function itemDate(item: TimelineItem): string {
  return (item.kind === 'meeting' ? item.date : item.startDate) ?? '9999';
}

/**
 * @param items every live record of the partnership (as listPartnershipRecords returns them)
 * @param today the current calendar day, `YYYY-MM-DD`: meetings before it count as held
 */
export function summarizePartnership(
  items: readonly LoadedRecord[],
  today: string,
): PartnershipSummary {
  const counts: PartnershipCounts = {
    deployments: 0,
    logEntries: 0,
    meetings: 0,
    measures: 0,
    measuresAgreed: 0,
    openTasks: 0,
  };
  const steps = new Map<TimelineStepKey, TimelineItem[]>(TIMELINE_STEPS.map((key) => [key, []]));
  const underway: { id: string; number: number }[] = [];
  let hasProgramme = false;
  let brokenCount = 0;

  const add = (record: AnyRecord) => {
    switch (record.type) {
      case 'deployment':
        counts.deployments += 1;
        steps.get(`deployment${record.number}`)?.push({
          kind: 'deployment',
          id: record.id,
          destination: record.destination,
          direction: record.direction,
          startDate: record.startDate,
          endDate: record.endDate,
          status: record.status,
        });
        if (record.status === 'underway') underway.push({ id: record.id, number: record.number });
        break;
      case 'logEntry':
        counts.logEntries += 1;
        counts.openTasks += record.followUps.filter((task) => !task.done).length;
        break;
      case 'meeting': {
        counts.meetings += 1;
        counts.openTasks += record.actionItems.filter((task) => !task.done).length;
        const step = MEETING_STEP[record.kind];
        if (step) {
          steps.get(step)?.push({
            kind: 'meeting',
            id: record.id,
            title: record.title,
            date: record.date,
            state: record.date < today ? 'done' : 'planned',
          });
        }
        break;
      }
      case 'measure':
        counts.measures += 1;
        if (AGREED_OR_LATER.includes(record.status)) counts.measuresAgreed += 1;
        break;
      case 'programme':
        hasProgramme = true;
        break;
      case 'partnership':
      case 'comment':
      case 'photo':
        break;
    }
  };

  for (const item of items) {
    if (item.ok) add(item.record);
    else brokenCount += 1;
  }

  const timeline = TIMELINE_STEPS.map((key) => {
    const stepItems = [...(steps.get(key) ?? [])].sort((a, b) =>
      itemDate(a).localeCompare(itemDate(b)),
    );
    return { key, state: stepState(stepItems), items: stepItems };
  });
  underway.sort((a, b) => a.number - b.number);

  return {
    counts,
    timeline,
    currentDeployment: underway[0] ?? null,
    hasProgramme,
    brokenCount,
  };
}
