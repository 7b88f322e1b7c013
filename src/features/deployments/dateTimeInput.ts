// Times as <input type="datetime-local"> edits them: local wall-clock time, `YYYY-MM-DDTHH:mm`.
// A log entry stores that value as it is (Date.parse reads it as local time), so what the expert
// typed on the spot is what every screen shows.

const pad = (value: number) => String(value).padStart(2, '0');
const INPUT_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A moment as the input shows it, in the device's time zone. */
export function toDateTimeInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * A stored time (any form Date.parse reads, e.g. a full ISO string from another device) as the
 * input can show it. An unreadable value is returned unchanged so validation can point at it.
 */
export function storedToDateTimeInput(value: string): string {
  if (INPUT_FORMAT.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : toDateTimeInput(new Date(time));
}
