// The tasks of a partnership in one list: follow-ups of log entries and action items of meetings,
// collected from the records, sorted by due date and checked for being overdue against a given day.
// Pure: no React, no storage, no clock (the caller passes `today`).
import type { LogEntry, Meeting } from '../../domain';

/** One follow-up or action item, as stored inside its record. */
export type Task = Meeting['actionItems'][number];

/** The record field a task lives in: follow-ups in log entries, action items in meetings. */
export type TaskListField = 'followUps' | 'actionItems';

/** A record that carries tasks. */
export type TaskRecord = Meeting | LogEntry;

export interface CollectedTask {
  /** Unique in the partnership: the record id and the task id. */
  key: string;
  task: Task;
  /** The record the task comes from, needed to change it. */
  record: TaskRecord;
  listField: TaskListField;
  /** The task's place in its record's list, to keep the written order among equals. */
  index: number;
}

/** The day of a record, for ordering tasks of the same due date: meeting date or log entry time. */
function recordDay(record: TaskRecord): string {
  return record.type === 'meeting' ? record.date : record.occurredAt;
}

/** Every task of the given records, in record order. */
export function collectTasks(records: readonly TaskRecord[]): CollectedTask[] {
  return records.flatMap((record) => {
    const listField: TaskListField = record.type === 'meeting' ? 'actionItems' : 'followUps';
    const tasks: readonly Task[] =
      record.type === 'meeting' ? record.actionItems : record.followUps;
    return tasks.map((task, index) => ({
      key: `${record.id}/${task.id}`,
      task,
      record,
      listField,
      index,
    }));
  });
}

/** An open task whose due date lies before `today` (`YYYY-MM-DD`). Due today is not yet overdue. */
export function isOverdue(task: Task, today: string): boolean {
  return !task.done && task.dueDate !== null && task.dueDate < today;
}

/**
 * Open tasks before done ones; within each, by due date (so overdue ones come first), tasks
 * without a date last; equal dates keep the order of their records and their place in them.
 */
export function compareTasks(a: CollectedTask, b: CollectedTask): number {
  if (a.task.done !== b.task.done) return a.task.done ? 1 : -1;
  const aDue = a.task.dueDate;
  const bDue = b.task.dueDate;
  if (aDue !== bDue) {
    if (aDue === null) return 1;
    if (bDue === null) return -1;
    return aDue < bDue ? -1 : 1;
  }
  const aDay = recordDay(a.record);
  const bDay = recordDay(b.record);
  if (aDay !== bDay) return aDay < bDay ? -1 : 1;
  if (a.record.id !== b.record.id) return a.record.id < b.record.id ? -1 : 1;
  return a.index - b.index;
}

/** The tasks to show: open ones (and done ones when asked), sorted. */
export function selectTasks(
  records: readonly TaskRecord[],
  options: { includeDone: boolean },
): CollectedTask[] {
  return collectTasks(records)
    .filter((item) => options.includeDone || !item.task.done)
    .sort(compareTasks);
}

/** How many of the tasks are not done. */
export function countOpen(tasks: readonly Task[]): number {
  return tasks.filter((task) => !task.done).length;
}
