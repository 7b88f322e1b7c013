// Full-text search over the records on the device: which records match a query (every word, case-
// and accent-insensitive), their title and best-matching text cut into plain pieces with the matches
// marked, grouped by record type and ordered by relevance (title hits first, then newest). Records
// are prepared once (indexRecord: normalised text), so a query only compares strings, and hits
// (marked title and snippet) are made only for the records shown.
import {
  normaliseForSearch,
  recordTexts,
  recordTitle,
  type AnyRecord,
  type Partnership,
  type RecordType,
} from '../../domain';

/** A piece of plain text; `match` pieces are shown highlighted. Never markup. */
export interface TextPiece {
  text: string;
  match: boolean;
}

/**
 * Comments are read in the thread of the record they belong to, photos on the screen of theirs,
 * so search leaves them out.
 */
export type SearchableType = Exclude<RecordType, 'comment' | 'photo'>;
export type SearchableRecord = Extract<AnyRecord, { type: SearchableType }>;

/** The order of the result groups: the partnership, its programme and measures, then field work. */
export const SEARCH_GROUP_ORDER: readonly SearchableType[] = [
  'partnership',
  'programme',
  'measure',
  'deployment',
  'logEntry',
  'meeting',
];

export interface SearchHit {
  record: SearchableRecord;
  /** The record's title with the matches marked; empty when it has no title of its own. */
  title: TextPiece[];
  /** An excerpt of the text that matches best, or null when only the title matches. */
  snippet: TextPiece[] | null;
  /** The partnership the record belongs to, when it is on the device. */
  partnership: Partnership | undefined;
  /** How many of the query's words occur in the title (the main relevance signal). */
  titleWords: number;
}

export interface SearchGroup {
  type: SearchableType;
  hits: SearchHit[];
}

interface Range {
  start: number;
  end: number;
}

/** Characters of context shown before the first match, and the length of a snippet. */
const CONTEXT_BEFORE = 40;
const SNIPPET_LENGTH = 160;

/** The distinct normalised words of a query. */
export function queryWords(query: string): string[] {
  return [...new Set(normaliseForSearch(query).split(/\s+/).filter(Boolean))];
}

/** The normalised form of single characters met so far (most texts use few distinct ones). */
const normalisedChars = new Map<string, string>();

/** A character's normalised form; ASCII only changes case, so it skips the Unicode work. */
function normaliseChar(char: string): string {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 0x80) {
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  }
  let normalised = normalisedChars.get(char);
  if (normalised === undefined) {
    normalised = normaliseForSearch(char);
    normalisedChars.set(char, normalised);
  }
  return normalised;
}

/**
 * Normalise a text character by character, remembering for every normalised character which
 * original characters it came from, so that a match found in the normalised text (where "ß" became
 * "ss" and "é" became "e") can be marked in the original.
 */
function normaliseWithMap(original: string) {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of original) {
    const normalised = normaliseChar(char);
    for (let i = 0; i < normalised.length; i += 1) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    text += normalised;
    offset += char.length;
  }
  return { text, starts, ends };
}

/** Where the words occur in the original text, sorted and merged. */
export function matchRanges(original: string, words: readonly string[]): Range[] {
  const { text, starts, ends } = normaliseWithMap(original);
  const found: Range[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const start = starts[at];
      const end = ends[at + word.length - 1];
      if (start !== undefined && end !== undefined) found.push({ start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Cut `text[from, to)` into pieces, marking the parts inside the ranges. */
function toPieces(text: string, ranges: readonly Range[], from = 0, to = text.length): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = from;
  for (const range of ranges) {
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), match: false });
  return pieces;
}

/** Do not cut a character written as two UTF-16 units in half. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/** The title with its matches marked. */
export function highlight(text: string, words: readonly string[]): TextPiece[] {
  return toPieces(text, matchRanges(text, words));
}

/** An excerpt around the first match, cut at spaces, with "…" where text was left out. */
export function snippet(original: string, words: readonly string[]): TextPiece[] | null {
  // Line breaks become spaces one for one, so the match positions stay valid.
  const text = original.replace(/\s/g, ' ');
  const ranges = matchRanges(text, words);
  const first = ranges[0];
  if (!first) return null;
  let start = Math.max(0, first.start - CONTEXT_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first.start ? space + 1 : start;
  }
  let end = Math.min(text.length, Math.max(start + SNIPPET_LENGTH, first.end));
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first.end ? space : end;
  }
  start = safeCut(text, start);
  end = safeCut(text, end);
  const pieces = toPieces(text, ranges, start, end);
  if (start > 0) pieces.unshift({ text: '… ', match: false });
  if (end < text.length) pieces.push({ text: ' …', match: false });
  return pieces;
}

function countWords(normalised: string, words: readonly string[]): number {
  return words.filter((word) => normalised.includes(word)).length;
}

/** A programme's "title" would be the start of its vision: the UI gives it a label instead. */
function ownTitle(record: SearchableRecord): string {
  return record.type === 'programme' ? '' : recordTitle(record);
}

/** A record made ready for search once: its texts normalised, so a query only compares strings. */
export interface IndexedRecord {
  record: SearchableRecord;
  /** Every text of the record (recordTexts), normalised and joined by line breaks. */
  text: string;
  /** Its own title, normalised ('' for a programme). */
  title: string;
  /** When it was last changed, in ms: the newer of two equally relevant hits comes first. */
  updated: number;
}

/** The records of one type that match a query, most relevant first; hits are made when shown. */
export interface MatchGroup {
  type: SearchableType;
  matches: IndexedRecord[];
}

function isSearchable(record: AnyRecord): record is SearchableRecord {
  return record.type !== 'comment' && record.type !== 'photo';
}

/** The record prepared for search, or undefined for a type search leaves out. */
export function indexRecord(record: AnyRecord): IndexedRecord | undefined {
  if (!isSearchable(record)) return undefined;
  return {
    record,
    text: normaliseForSearch(recordTexts(record).join('\n')),
    title: normaliseForSearch(ownTitle(record)),
    updated: Date.parse(record.updatedAt),
  };
}

/** The title and best-matching text of a found record, with the matches marked. */
export function toHit(
  record: SearchableRecord,
  words: readonly string[],
  partnerships: ReadonlyMap<string, Partnership>,
): SearchHit {
  const title = ownTitle(record);
  const normalisedTitle = normaliseForSearch(title);
  // The text that contains the most words wins; texts the title already shows are skipped.
  let best: { text: string; count: number } | null = null;
  for (const text of recordTexts(record)) {
    const normalised = normaliseForSearch(text);
    if (!normalised.trim() || normalisedTitle.includes(normalised)) continue;
    const count = countWords(normalised, words);
    if (count > 0 && (!best || count > best.count)) best = { text, count };
  }
  return {
    record,
    title: title ? highlight(title, words) : [],
    snippet: best ? snippet(best.text, words) : null,
    partnership: partnerships.get(record.partnershipId),
    titleWords: countWords(normalisedTitle, words),
  };
}

/**
 * The indexed records containing every word of the query, grouped by type, most relevant first
 * (more query words in the title, then newest). `include` leaves out records not to be shown.
 */
export function findMatches(
  entries: Iterable<IndexedRecord>,
  query: string,
  include: (entry: IndexedRecord) => boolean = () => true,
): MatchGroup[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const groups = new Map<SearchableType, { entry: IndexedRecord; titleWords: number }[]>();
  for (const entry of entries) {
    if (!words.every((word) => entry.text.includes(word)) || !include(entry)) continue;
    const found = groups.get(entry.record.type) ?? [];
    found.push({ entry, titleWords: countWords(entry.title, words) });
    groups.set(entry.record.type, found);
  }
  return SEARCH_GROUP_ORDER.flatMap((type) => {
    const found = groups.get(type);
    if (!found) return [];
    found.sort(
      (a, b) =>
        b.titleWords - a.titleWords ||
        b.entry.updated - a.entry.updated ||
        a.entry.record.id.localeCompare(b.entry.record.id),
    );
    return [{ type, matches: found.map((match) => match.entry) }];
  });
}

/** Search the given (valid) records. An empty query finds nothing. */
export function searchRecords(records: readonly AnyRecord[], query: string): SearchGroup[] {
  const words = queryWords(query);
  const partnerships = new Map<string, Partnership>();
  for (const record of records) {
    if (record.type === 'partnership') partnerships.set(record.id, record);
  }
  const entries = records.flatMap((record) => indexRecord(record) ?? []);
  return findMatches(entries, query).map(({ type, matches }) => ({
    type,
    hits: matches.map((entry) => toHit(entry.record, words, partnerships)),
  }));
}
