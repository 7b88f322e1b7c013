// Short texts derived from what an expert wrote in a log entry: a title and a preview of the notes.

const TITLE_LENGTH = 80;
const PREVIEW_LINES = 3;
const PREVIEW_LENGTH = 200;

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** The first non-empty line of the notes, shortened: the title offered while none is typed. */
export function titleFromNotes(notes: string): string {
  const firstLine = notes
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  return firstLine ? shorten(firstLine, TITLE_LENGTH) : '';
}

/** The first few lines of the notes, for the log's cards. */
export function notesPreview(notes: string): string {
  const lines = notes
    .trim()
    .split('\n')
    .filter((line) => line.trim().length > 0);
  const preview = lines.slice(0, PREVIEW_LINES).join('\n');
  const shortened = shorten(preview, PREVIEW_LENGTH);
  return lines.length > PREVIEW_LINES && shortened === preview ? `${preview}…` : shortened;
}
