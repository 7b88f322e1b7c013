// Fixed ids and a calendar for the demo partnership: every demo record has a fixed, valid id, and
// its dates are relative to the day the demo is loaded, so the planned things always lie ahead.
import type { FieldsInput, RecordType } from '../../domain';

const TYPE_DIGIT: Record<RecordType, string> = {
  partnership: '1',
  deployment: '2',
  logEntry: '3',
  meeting: '4',
  measure: '5',
  programme: '6',
  comment: '7',
  photo: '8',
};

/** A fixed, valid record id (`<type>:<ULID>`) for the n-th demo record of a type. */
export function demoId(type: RecordType, n: number): string {
  return `${type}:01JDEM0${TYPE_DIGIT[type]}${String(n).padStart(18, '0')}`;
}

export const DEMO_PARTNERSHIP_ID = demoId('partnership', 1);

/** One demo record as it is handed to saveRecord. */
export type DemoRecord = {
  [T in RecordType]: { type: T; id: string; lang: string; fields: FieldsInput<T> };
}[RecordType];

/** Dates relative to the day the demo is loaded, so the planned things always lie ahead. */
export interface DemoCalendar {
  /** A calendar day (`YYYY-MM-DD`) `offset` days from today. */
  day: (offset: number) => string;
  /** A moment (ISO date-time) on that day at `time` (`HH:MM`, local time). */
  at: (offset: number, time: string) => string;
  /** The year of the phase's start (the kick-off workshop) and its end. */
  phaseStartYear: number;
  phaseEndYear: number;
}

/** The day of the kick-off workshop, relative to today. */
export const KICKOFF_OFFSET = -300;

export function demoCalendar(now: Date): DemoCalendar {
  const shifted = (offset: number, hours = 12, minutes = 0) =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, hours, minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  const phaseStartYear = shifted(KICKOFF_OFFSET).getFullYear();
  return {
    day: (offset) => {
      const d = shifted(offset);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    },
    at: (offset, time) => {
      const [hours = 12, minutes = 0] = time.split(':').map(Number);
      return shifted(offset, hours, minutes).toISOString();
    },
    phaseStartYear,
    phaseEndYear: phaseStartYear + 2,
  };
}

/** The demo's measures, by a name the other demo records refer to them with. */
export const DEMO_MEASURES = {
  solarHealthCentre: demoId('measure', 1),
  ledTownHall: demoId('measure', 2),
  marketCompost: demoId('measure', 3),
  wellsSector4: demoId('measure', 4),
  shadeTrees: demoId('measure', 5),
  climateSchools: demoId('measure', 6),
  bikeSharing: demoId('measure', 7),
  biogas: demoId('measure', 8),
} as const;
