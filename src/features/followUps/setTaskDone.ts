// Marking one follow-up or action item done (or open again): the one place that changes a single
// task inside its record, behind every task checkbox (meeting, log entry, open tasks).
import { getRecord, saveRecord } from '../../db';
import type { LogEntry, Meeting, Validated } from '../../domain';
import { recordFields } from '../shared/recordFields';
import { currentUser } from '../shared/sessionStore';
import type { Task, TaskListField, TaskRecord } from './openTasks';

const LIST_OF = { meeting: 'actionItems', logEntry: 'followUps' } as const;

/**
 * Flip one task's done flag and save its record, keeping every other field and task as it is.
 * Starts from the version stored now rather than the one passed in, so that a change saved since
 * the screen last rendered is not overwritten. Returns the repository's result; a task or record
 * that no longer exists is reported as an error and nothing is written.
 */
export function setTaskDone(
  record: Meeting,
  listField: 'actionItems',
  taskId: string,
  done: boolean,
): Promise<Validated<Meeting>>;
export function setTaskDone(
  record: LogEntry,
  listField: 'followUps',
  taskId: string,
  done: boolean,
): Promise<Validated<LogEntry>>;
export function setTaskDone(
  record: TaskRecord,
  listField: TaskListField,
  taskId: string,
  done: boolean,
): Promise<Validated<TaskRecord>>;
export async function setTaskDone(
  record: TaskRecord,
  listField: TaskListField,
  taskId: string,
  done: boolean,
): Promise<Validated<TaskRecord>> {
  const missing = (path: string): Validated<TaskRecord> => ({
    ok: false,
    errors: [{ path, key: 'validation:invalidReference' }],
  });
  if (LIST_OF[record.type] !== listField) return missing(listField);
  const stored = await getRecord<TaskRecord>(record.id);
  if (!stored) return missing('');
  if (!stored.ok) return { ok: false, errors: stored.errors };
  const latest = stored.record;
  if (latest.type !== record.type) return missing('');
  const tasks = latest.type === 'meeting' ? latest.actionItems : latest.followUps;
  if (!tasks.some((task) => task.id === taskId)) return missing(listField);
  const flip = <T extends Task>(list: readonly T[]) =>
    list.map((task) => (task.id === taskId ? { ...task, done } : task));
  const common = {
    id: latest.id,
    partnershipId: latest.partnershipId,
    user: currentUser(),
    lang: latest.lang,
  };
  return latest.type === 'meeting'
    ? saveRecord({
        ...common,
        type: 'meeting',
        fields: { ...recordFields('meeting', latest), actionItems: flip(latest.actionItems) },
      })
    : saveRecord({
        ...common,
        type: 'logEntry',
        fields: { ...recordFields('logEntry', latest), followUps: flip(latest.followUps) },
      });
}
