import { describe, expect, it } from 'vitest';
import type { LogEntry, Meeting } from '../../src/domain';
import {
  collectTasks,
  compareTasks,
  countOpen,
  isOverdue,
  selectTasks,
  type Task,
} from '../../src/features/followUps/openTasks';
import { localDateString } from '../../src/features/shared/dates';

const meta = {
  partnershipId: 'partnership:01HZZZZZZZZZZZZZZZZZZZZZZZ',
  createdAt: '2025-01-01T10:00:00.000Z',
  createdBy: 'Test',
  updatedAt: '2025-01-01T10:00:00.000Z',
  updatedBy: 'Test',
  lang: 'de',
  reviewState: 'unreviewed' as const,
};

const task = (id: string, dueDate: string | null, done = false): Task => ({
  id,
  text: `Task ${id}`,
  owner: '',
  dueDate,
  done,
});

function meeting(id: string, date: string, actionItems: Task[]): Meeting {
  return {
    ...meta,
    id: `meeting:${id}`,
    type: 'meeting',
    kind: 'networkMeeting',
    title: `Meeting ${id}`,
    date,
    place: '',
    participants: [],
    agendaItems: [],
    notes: '',
    decisions: [],
    actionItems,
  };
}

function logEntry(id: string, occurredAt: string, followUps: Task[]): LogEntry {
  return {
    ...meta,
    id: `logEntry:${id}`,
    type: 'logEntry',
    deploymentId: 'deployment:01HZZZZZZZZZZZZZZZZZZZZZZZ',
    occurredAt,
    place: '',
    location: null,
    kind: 'siteVisit',
    title: `Entry ${id}`,
    notes: '',
    peopleMet: '',
    followUps,
    fieldsOfAction: [],
    measureIds: [],
  };
}

const texts = (records: Parameters<typeof selectTasks>[0], includeDone = false) =>
  selectTasks(records, { includeDone }).map((item) => item.task.id);

describe('collecting tasks', () => {
  it('takes action items from meetings and follow-ups from log entries, with where they live', () => {
    const collected = collectTasks([
      meeting('M', '2025-03-01', [task('a', null), task('b', null)]),
      logEntry('L', '2025-03-02T09:00:00.000Z', [task('c', null)]),
    ]);
    expect(collected.map((item) => [item.key, item.listField, item.index])).toEqual([
      ['meeting:M/a', 'actionItems', 0],
      ['meeting:M/b', 'actionItems', 1],
      ['logEntry:L/c', 'followUps', 0],
    ]);
    expect(collected[2]?.record.type).toBe('logEntry');
  });
});

describe('ordering tasks', () => {
  it('sorts by due date across records and puts tasks without a date last', () => {
    const records = [
      meeting('M', '2025-03-01', [task('none', null), task('late', '2025-06-01')]),
      logEntry('L', '2025-02-01T09:00:00.000Z', [
        task('early', '2025-04-01'),
        task('mid', '2025-05-01'),
      ]),
    ];
    expect(texts(records)).toEqual(['early', 'mid', 'late', 'none']);
  });

  it('leaves done tasks out unless asked, and then lists them after the open ones', () => {
    const records = [
      meeting('M', '2025-03-01', [
        task('doneEarly', '2025-01-01', true),
        task('open', '2025-09-01'),
      ]),
    ];
    expect(texts(records)).toEqual(['open']);
    expect(texts(records, true)).toEqual(['open', 'doneEarly']);
  });

  it('keeps tasks with the same due date in the order of their records and of the list', () => {
    const records = [
      meeting('M2', '2025-05-01', [task('m2a', '2025-07-01')]),
      meeting('M1', '2025-04-01', [task('m1a', '2025-07-01'), task('m1b', '2025-07-01')]),
    ];
    expect(texts(records)).toEqual(['m1a', 'm1b', 'm2a']);
    const [first, second] = collectTasks(records);
    expect(first && second && compareTasks(first, second)).toBeGreaterThan(0);
  });
});

describe('overdue tasks', () => {
  const today = '2025-05-10';

  it('is overdue when open and due before today', () => {
    expect(isOverdue(task('x', '2025-05-09'), today)).toBe(true);
  });

  it('is not overdue when due today, later, without a date, or done', () => {
    expect(isOverdue(task('x', '2025-05-10'), today)).toBe(false);
    expect(isOverdue(task('x', '2025-06-01'), today)).toBe(false);
    expect(isOverdue(task('x', null), today)).toBe(false);
    expect(isOverdue(task('x', '2024-01-01', true), today)).toBe(false);
  });

  it('compares across a year boundary as calendar days', () => {
    expect(isOverdue(task('x', '2024-12-31'), '2025-01-01')).toBe(true);
  });
});

describe('helpers', () => {
  it('counts the tasks that are not done', () => {
    expect(countOpen([task('a', null), task('b', null, true), task('c', null)])).toBe(2);
  });

  it('writes the local calendar day, not the UTC one', () => {
    expect(localDateString(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDateString(new Date(2025, 11, 31, 0, 1))).toBe('2025-12-31');
  });
});
