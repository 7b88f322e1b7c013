// The searchable text of a record and its title, used by search and lists.
import type { AnyRecord } from './records';

/** A short human title for any record (falls back to an empty string; the UI supplies a label). */
export function recordTitle(record: AnyRecord): string {
  switch (record.type) {
    case 'partnership':
      return `${record.germanMunicipality} – ${record.partnerMunicipality}`;
    case 'deployment':
      return record.destination;
    case 'logEntry':
    case 'meeting':
    case 'measure':
      return record.title;
    case 'programme':
      return record.vision.slice(0, 80);
    case 'comment':
      return record.body.slice(0, 80);
    case 'photo':
      return record.caption.slice(0, 80);
  }
}

/** Every piece of free text a person wrote in the record, for full-text search. */
export function recordTexts(record: AnyRecord): string[] {
  switch (record.type) {
    case 'partnership':
      return [record.germanMunicipality, record.partnerMunicipality, record.vision];
    case 'deployment':
      return [
        record.destination,
        record.objectives,
        record.summary,
        ...record.participants.flatMap((p) => [p.name, p.role, p.organisation]),
      ];
    case 'logEntry':
      return [
        record.title,
        record.place,
        record.notes,
        record.peopleMet,
        ...record.followUps.flatMap((f) => [f.text, f.owner]),
      ];
    case 'meeting':
      return [
        record.title,
        record.place,
        record.notes,
        ...record.participants.flatMap((p) => [p.name, p.role, p.organisation]),
        ...record.agendaItems.map((a) => a.text),
        ...record.decisions.map((d) => d.text),
        ...record.actionItems.flatMap((a) => [a.text, a.owner]),
      ];
    case 'measure':
      return [
        record.title,
        record.description,
        record.goal,
        record.responsibleGerman,
        record.responsiblePartner,
        record.fundingOptions,
        ...record.milestones.map((m) => m.title),
        ...record.indicators.flatMap((i) => [i.name, i.unit]),
        ...record.resources.map((r) => r.description),
      ];
    case 'programme':
      return [record.vision, ...record.fieldGoals.map((g) => g.goals)];
    case 'comment':
      return [record.body];
    case 'photo':
      return [record.caption];
  }
}

/** Lower-case, accent-free form of a text, so that "Maßnahme" matches "massnahme" and "é" matches "e". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss');
}

/** Whether every word of the query occurs in the record's text. */
export function matchesQuery(record: AnyRecord, query: string): boolean {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const haystack = normaliseForSearch(recordTexts(record).join('\n'));
  return words.every((word) => haystack.includes(word));
}
