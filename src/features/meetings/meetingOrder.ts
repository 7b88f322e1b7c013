// The order of the meeting list: what comes next first, then what is done, the latest first.
import type { Meeting } from '../../domain';

export interface MeetingGroups {
  /** Today and later, soonest first. */
  upcoming: Meeting[];
  /** Before today, most recent first. */
  past: Meeting[];
}

const byTitle = (a: Meeting, b: Meeting) => a.title.localeCompare(b.title);

/** Split meetings at `today` (`YYYY-MM-DD`); a meeting today still counts as upcoming. */
export function groupMeetings(meetings: readonly Meeting[], today: string): MeetingGroups {
  return {
    upcoming: meetings
      .filter((m) => m.date >= today)
      .sort((a, b) => (a.date === b.date ? byTitle(a, b) : a.date < b.date ? -1 : 1)),
    past: meetings
      .filter((m) => m.date < today)
      .sort((a, b) => (a.date === b.date ? byTitle(a, b) : a.date > b.date ? -1 : 1)),
  };
}
