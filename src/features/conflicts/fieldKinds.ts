// How each record field is shown on the conflict screen, and which fields a person may rewrite as
// text. Unknown fields (from a newer app version) are shown as they are and picked, never edited.
import type { VocabGroup } from '../shared/useVocabOptions';

export type ItemListKind =
  'people' | 'tasks' | 'textItems' | 'milestones' | 'indicators' | 'resources' | 'fieldGoals';

export type FieldKind =
  | { kind: 'text' }
  | { kind: 'code'; group: VocabGroup }
  | { kind: 'codes'; group: VocabGroup }
  | { kind: 'date' }
  | { kind: 'dateTime' }
  | { kind: 'number' }
  | { kind: 'country' }
  | { kind: 'language' }
  | { kind: 'languages' }
  | { kind: 'location' }
  | { kind: 'reference' }
  | { kind: 'references' }
  | { kind: 'items'; list: ItemListKind }
  | { kind: 'raw' };

const TEXT_FIELDS = new Set([
  'title',
  'description',
  'goal',
  'responsibleGerman',
  'responsiblePartner',
  'fundingOptions',
  'vision',
  'germanMunicipality',
  'partnerMunicipality',
  'destination',
  'objectives',
  'summary',
  'place',
  'notes',
  'peopleMet',
  'body',
  'caption',
]);

const KINDS: Record<string, FieldKind> = {
  fieldOfAction: { kind: 'code', group: 'fieldOfAction' },
  fieldsOfAction: { kind: 'codes', group: 'fieldOfAction' },
  appliesTo: { kind: 'code', group: 'measureSide' },
  actors: { kind: 'codes', group: 'actorGroup' },
  sdgs: { kind: 'codes', group: 'sdg' },
  climateFocus: { kind: 'code', group: 'climateFocus' },
  priority: { kind: 'code', group: 'priority' },
  direction: { kind: 'code', group: 'deploymentDirection' },
  reviewState: { kind: 'code', group: 'reviewState' },
  startDate: { kind: 'date' },
  endDate: { kind: 'date' },
  date: { kind: 'date' },
  adoptedGermanCouncil: { kind: 'date' },
  adoptedPartnerCouncil: { kind: 'date' },
  occurredAt: { kind: 'dateTime' },
  number: { kind: 'number' },
  phase: { kind: 'number' },
  phaseStartYear: { kind: 'number' },
  phaseEndYear: { kind: 'number' },
  co2eEstimate: { kind: 'number' },
  version: { kind: 'number' },
  partnerCountry: { kind: 'country' },
  lang: { kind: 'language' },
  workingLanguages: { kind: 'languages' },
  location: { kind: 'location' },
  deploymentId: { kind: 'reference' },
  targetId: { kind: 'reference' },
  measureIds: { kind: 'references' },
  participants: { kind: 'items', list: 'people' },
  followUps: { kind: 'items', list: 'tasks' },
  actionItems: { kind: 'items', list: 'tasks' },
  agendaItems: { kind: 'items', list: 'textItems' },
  decisions: { kind: 'items', list: 'textItems' },
  milestones: { kind: 'items', list: 'milestones' },
  indicators: { kind: 'items', list: 'indicators' },
  resources: { kind: 'items', list: 'resources' },
  fieldGoals: { kind: 'items', list: 'fieldGoals' },
};

/** `status` and `kind` name a different vocabulary in each record type. */
const BY_TYPE: Record<string, Record<string, VocabGroup>> = {
  status: {
    partnership: 'partnershipStatus',
    deployment: 'deploymentStatus',
    measure: 'measureStatus',
  },
  kind: { logEntry: 'logEntryKind', meeting: 'meetingKind' },
};

export function fieldKind(type: string, field: string): FieldKind {
  if (TEXT_FIELDS.has(field)) return { kind: 'text' };
  const group = BY_TYPE[field]?.[type];
  if (group) return { kind: 'code', group };
  return KINDS[field] ?? { kind: 'raw' };
}

/** Whether a person may write their own version of the field in a text area. */
export function isEditableText(type: string, field: string): boolean {
  return fieldKind(type, field).kind === 'text';
}
