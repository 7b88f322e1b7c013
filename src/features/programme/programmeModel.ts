// The action programme's rules outside React: which programme belongs to a partnership's phase,
// how a new one starts, and how its ordered list of measures changes.
import type { LoadedRecord } from '../../db';
import {
  FIELDS_OF_ACTION,
  type ActionProgramme,
  type FieldsInput,
  type FieldsOf,
  type Measure,
} from '../../domain';
import { recordFields } from '../shared/recordFields';

/** The editable fields of a stored programme (the record without its meta). */
export function programmeFields(programme: ActionProgramme): FieldsInput<'programme'> {
  return recordFields('programme', programme);
}

/** A measure's title for button labels and announcements; a damaged one is named by its id. */
export function measureTitle(item: LoadedRecord<Measure>): string {
  return item.ok ? item.record.title : item.id;
}

/** Measures in the order of the fields of action, then oldest first. */
export function byFieldOfAction(a: Measure, b: Measure): number {
  return (
    FIELDS_OF_ACTION.indexOf(a.fieldOfAction) - FIELDS_OF_ACTION.indexOf(b.fieldOfAction) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** A new programme: the partnership's vision to start from and every measure not dropped. */
export function newProgrammeFields(
  partnership: { phase: number; vision: string },
  measures: readonly Measure[],
): FieldsOf<'programme'> {
  return {
    phase: partnership.phase,
    vision: partnership.vision,
    fieldGoals: [],
    measureIds: measures
      .filter((measure) => measure.status !== 'dropped')
      .sort(byFieldOfAction)
      .map((measure) => measure.id),
    version: 1,
    adoptedGermanCouncil: null,
    adoptedPartnerCouncil: null,
  };
}

export interface PhaseProgramme {
  /** The programme of the phase; the oldest one if two devices each created one. */
  programme: ActionProgramme | undefined;
  /** Damaged programme records that may belong to this phase: shown, never hidden. */
  broken: Extract<LoadedRecord<ActionProgramme>, { ok: false }>[];
}

export function programmeOfPhase(
  loaded: readonly LoadedRecord<ActionProgramme>[],
  phase: number,
): PhaseProgramme {
  const valid = loaded
    .flatMap((item) => (item.ok && item.record.phase === phase ? [item.record] : []))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const broken = loaded.flatMap((item) => {
    if (item.ok) return [];
    const rawPhase = (item.raw as { phase?: unknown } | null)?.phase;
    return typeof rawPhase !== 'number' || rawPhase === phase ? [item] : [];
  });
  return { programme: valid[0], broken };
}

/**
 * Move a measure one place up (−1) or down (+1) among the measures that are shown. Ids of
 * measures that are not on the device (deleted, or not synced yet) keep their place in the list.
 */
export function moveAmongShown(
  ids: readonly string[],
  measureId: string,
  offset: -1 | 1,
  isShown: (id: string) => boolean,
): string[] {
  const next = [...ids];
  const from = next.indexOf(measureId);
  if (from === -1) return next;
  let to = from + offset;
  while (to >= 0 && to < next.length && !isShown(next[to] as string)) to += offset;
  if (to < 0 || to >= next.length) return next;
  next[from] = next[to] as string;
  next[to] = measureId;
  return next;
}

/** Take a measure into the programme, at the end. */
export function addMeasure(ids: readonly string[], measureId: string): string[] {
  return ids.includes(measureId) ? [...ids] : [...ids, measureId];
}

export function removeMeasure(ids: readonly string[], measureId: string): string[] {
  return ids.filter((id) => id !== measureId);
}

/** The start of a text, cut at a space, for a short description. */
export function shorten(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, space > max / 2 ? space : max)} …`;
}
