// Days and times as records store them and date inputs edit them: local wall-clock values in the
// device's time zone (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`), never shifted to UTC.

const pad = (value: number) => String(value).padStart(2, '0');
const DATE_TIME_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A calendar day as stored in records (`YYYY-MM-DD`), in the device's own time zone. */
export function localDateString(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A moment as <input type="datetime-local"> shows it, in the device's time zone. */
export function toDateTimeInput(date: Date): string {
  return `${localDateString(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A stored time (any form Date.parse reads, e.g. a full ISO string from another device) as a
 * datetime-local input can show it. A log entry stores the input's value as it is (Date.parse
 * reads it as local time), so what was typed on the spot is what every screen shows. An
 * unreadable value is returned unchanged so validation can point at it.
 */
export function storedToDateTimeInput(value: string): string {
  if (DATE_TIME_INPUT.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : toDateTimeInput(new Date(time));
}
