// What the meeting form edits: a complete blank meeting for a new one, the record's fields otherwise.
import type { FieldsInput, Meeting } from '../../domain';

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

/** The editable fields of a stored meeting (the record minus its meta). */
export function meetingValues(meeting: Meeting): MeetingValues {
  const { kind, title, date, place, participants, agendaItems, notes, decisions, actionItems } =
    meeting;
  return { kind, title, date, place, participants, agendaItems, notes, decisions, actionItems };
}
