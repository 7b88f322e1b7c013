// What the meeting form edits, and a complete blank meeting to start a new one from.
import type { FieldsInput } from '../../domain';

export type MeetingValues = FieldsInput<'meeting'>;

/** A new meeting on the given day (`YYYY-MM-DD`). */
export function newMeetingValues(today: string): MeetingValues {
  return {
    kind: 'partnerMeeting',
    title: '',
    date: today,
    place: '',
    participants: [],
    agendaItems: [],
    notes: '',
    decisions: [],
    actionItems: [],
  };
}
