import { describe, expect, it } from 'vitest';
import { getRecord, saveRecord } from '../../src/db';
import { newItemId, newRecordId, type LogEntry, type Meeting } from '../../src/domain';
import { setTaskDone } from '../../src/features/followUps/setTaskDone';
import { useSessionStore } from '../../src/features/shared/sessionStore';

/** The item at `index`, failing the test when there is none. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

const pid = newRecordId('partnership');

const task = (text: string) => ({
  id: newItemId(),
  text,
  owner: 'Anna',
  dueDate: null,
  done: false,
});

async function storedMeeting(): Promise<Meeting> {
  const result = await saveRecord({
    type: 'meeting',
    partnershipId: pid,
    fields: {
      kind: 'partnerMeeting',
      title: 'Réunion',
      date: '2025-04-02',
      notes: 'Compte rendu',
      agendaItems: [{ id: newItemId(), text: 'Accueil' }],
      actionItems: [task('Envoyer le procès-verbal'), task('Réserver la salle')],
    },
    user: 'Aïcha',
    lang: 'fr',
  });
  if (!result.ok) throw new Error('not saved');
  return result.value;
}

describe('setting one task done', () => {
  it('flips only that task and keeps every other field, the language and the author', async () => {
    useSessionStore.getState().setUserName('Jonas');
    const meeting = await storedMeeting();
    const second = nth(meeting.actionItems, 1);

    const result = await setTaskDone(meeting, 'actionItems', second.id, true);

    expect(result.ok).toBe(true);
    const stored = await getRecord<Meeting>(meeting.id);
    if (!stored?.ok) throw new Error('not stored');
    expect(stored.record.actionItems).toEqual([meeting.actionItems[0], { ...second, done: true }]);
    expect(stored.record).toMatchObject({
      title: 'Réunion',
      notes: 'Compte rendu',
      agendaItems: meeting.agendaItems,
      lang: 'fr',
      createdBy: 'Aïcha',
      updatedBy: 'Jonas',
    });
    expect(stored.sync.pending).toBe(true);
  });

  it('starts from the stored version, so a change saved since the screen was drawn is kept', async () => {
    const meeting = await storedMeeting();
    await saveRecord({
      type: 'meeting',
      id: meeting.id,
      partnershipId: pid,
      fields: { ...meeting, notes: 'Compte rendu complété' },
      user: 'Aïcha',
      lang: 'fr',
    });

    await setTaskDone(meeting, 'actionItems', nth(meeting.actionItems, 0).id, true);

    const stored = await getRecord<Meeting>(meeting.id);
    expect(stored?.ok && stored.record.notes).toBe('Compte rendu complété');
    expect(stored?.ok && stored.record.actionItems[0]?.done).toBe(true);
  });

  it('works the same for the follow-ups of a log entry', async () => {
    const saved = await saveRecord({
      type: 'logEntry',
      partnershipId: pid,
      fields: {
        deploymentId: newRecordId('deployment'),
        occurredAt: '2025-04-02T08:00:00.000Z',
        title: 'Site visit',
        followUps: [task('Ask for data')],
      },
      user: 'Test',
      lang: 'en',
    });
    if (!saved.ok) throw new Error('not saved');
    const entry: LogEntry = saved.value;

    await setTaskDone(entry, 'followUps', nth(entry.followUps, 0).id, true);
    await setTaskDone(entry, 'followUps', nth(entry.followUps, 0).id, false);

    const stored = await getRecord<LogEntry>(entry.id);
    expect(stored?.ok && stored.record.followUps).toEqual(entry.followUps);
  });

  it('writes nothing for a task, list or record that does not exist', async () => {
    const meeting = await storedMeeting();
    const before = await getRecord<Meeting>(meeting.id);

    expect((await setTaskDone(meeting, 'actionItems', 'no-such-task', true)).ok).toBe(false);
    // A meeting has action items, not follow-ups.
    expect((await setTaskDone(meeting, 'followUps', nth(meeting.actionItems, 0).id, true)).ok).toBe(
      false,
    );
    const gone = { ...meeting, id: newRecordId('meeting') };
    expect((await setTaskDone(gone, 'actionItems', nth(meeting.actionItems, 0).id, true)).ok).toBe(
      false,
    );
    expect(await getRecord<Meeting>(meeting.id)).toEqual(before);
    expect(await getRecord(gone.id)).toBeUndefined();
  });
});
