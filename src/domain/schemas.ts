// Runtime schemas of every record. Error messages are translation keys of the `validation` namespace,
// never sentences: the UI translates them. Optional fields default on read, so older stored shapes
// are normalised rather than rejected; required fields that are missing or of the wrong type are errors.
import * as v from 'valibot';
import { isRecordId, type RecordType } from './ids';
import { MEASURE_STATUSES } from './measureStatus';
import { PHOTO_CONTENT_TYPES, PHOTO_TARGET_TYPES } from './photos';
import {
  ACTOR_GROUPS,
  CLIMATE_FOCUS,
  COMMENT_KINDS,
  DEPLOYMENT_DIRECTIONS,
  DEPLOYMENT_STATUSES,
  FIELDS_OF_ACTION,
  LOG_ENTRY_KINDS,
  MEETING_KINDS,
  PARTNERSHIP_STATUSES,
  PRIORITIES,
  RESOURCE_KINDS,
  RESOURCE_SOURCES,
  REVIEW_STATES,
} from './vocabulary';

const SHORT = 300;
const LONG = 20_000;

const text = (max = LONG) =>
  v.optional(v.pipe(v.string('validation:notText'), v.maxLength(max, 'validation:tooLong')), '');
const requiredText = (max = SHORT) =>
  v.pipe(
    v.string('validation:required'),
    v.check((s) => s.trim().length > 0, 'validation:required'),
    v.maxLength(max, 'validation:tooLong'),
  );
const choice = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, 'validation:invalidChoice');
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * A calendar day as `YYYY-MM-DD` that exists (`v.isoDate` alone lets 2024-02-30 through).
 * Counted, not parsed with Date: lists check thousands of dates at a time.
 */
const isDay = (s: string) => {
  const match = DAY.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
};
const date = () =>
  v.nullable(v.pipe(v.string('validation:invalidDate'), v.check(isDay, 'validation:invalidDate')));
const optionalDate = () => v.optional(date(), null);
/** Compared only when both days are valid: a bad start date is its own error, not also this one. */
const endNotBeforeStart = (r: { startDate: string | null; endDate: string | null }) =>
  !r.startDate ||
  !r.endDate ||
  !isDay(r.startDate) ||
  !isDay(r.endDate) ||
  r.endDate >= r.startDate;
const dateTime = () =>
  v.pipe(
    v.string('validation:invalidDateTime'),
    v.check((s) => !Number.isNaN(Date.parse(s)), 'validation:invalidDateTime'),
  );
const amount = (min = -1e15) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.number('validation:invalidNumber'),
        v.finite('validation:invalidNumber'),
        v.minValue(min, 'validation:outOfRange'),
        v.maxValue(1e15, 'validation:outOfRange'),
      ),
    ),
    null,
  );
const year = () =>
  v.optional(
    v.nullable(
      v.pipe(
        v.number('validation:invalidNumber'),
        v.integer('validation:invalidYear'),
        v.minValue(1990, 'validation:invalidYear'),
        v.maxValue(2100, 'validation:invalidYear'),
      ),
    ),
    null,
  );
const recordId = (type: RecordType) =>
  v.pipe(
    v.string('validation:invalidReference'),
    v.check((s) => isRecordId(s, type), 'validation:invalidReference'),
  );
const itemId = () => v.pipe(v.string('validation:invalidReference'), v.minLength(1));
const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(v.array(item, 'validation:invalidList'), () => []);
const bool = () => v.optional(v.boolean('validation:invalidChoice'), false);

export const PersonSchema = v.object({
  id: itemId(),
  name: requiredText(),
  role: text(SHORT),
  organisation: text(SHORT),
});

export const TaskSchema = v.object({
  id: itemId(),
  text: requiredText(2_000),
  owner: text(SHORT),
  dueDate: optionalDate(),
  done: bool(),
});

const TextItemSchema = v.object({ id: itemId(), text: requiredText(2_000) });

export const LocationSchema = v.object({
  latitude: v.pipe(v.number('validation:invalidNumber'), v.minValue(-90), v.maxValue(90)),
  longitude: v.pipe(v.number('validation:invalidNumber'), v.minValue(-180), v.maxValue(180)),
  accuracy: v.pipe(v.number('validation:invalidNumber'), v.minValue(0)),
  capturedAt: dateTime(),
});

export const PartnershipFields = v.object({
  germanMunicipality: requiredText(),
  partnerMunicipality: requiredText(),
  partnerCountry: v.pipe(
    v.string('validation:required'),
    v.regex(/^[A-Z]{2}$/, 'validation:invalidCountry'),
  ),
  phase: v.pipe(
    v.number('validation:invalidNumber'),
    v.integer('validation:invalidNumber'),
    v.minValue(1, 'validation:outOfRange'),
    v.maxValue(50, 'validation:outOfRange'),
  ),
  phaseStartYear: year(),
  phaseEndYear: year(),
  workingLanguages: list(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'validation:invalidChoice'))),
  status: v.optional(choice(PARTNERSHIP_STATUSES), 'active'),
  vision: text(),
});

export const DeploymentFields = v.pipe(
  v.object({
    number: v.picklist([1, 2, 3], 'validation:invalidChoice'),
    direction: choice(DEPLOYMENT_DIRECTIONS),
    destination: requiredText(),
    startDate: optionalDate(),
    endDate: optionalDate(),
    participants: list(PersonSchema),
    objectives: text(),
    fieldsOfAction: list(choice(FIELDS_OF_ACTION)),
    status: v.optional(choice(DEPLOYMENT_STATUSES), 'planned'),
    summary: text(),
  }),
  v.forward(
    v.partialCheck([['startDate'], ['endDate']], endNotBeforeStart, 'validation:endBeforeStart'),
    ['endDate'],
  ),
);

export const LogEntryFields = v.object({
  deploymentId: recordId('deployment'),
  occurredAt: dateTime(),
  place: text(SHORT),
  location: v.optional(v.nullable(LocationSchema), null),
  kind: v.optional(choice(LOG_ENTRY_KINDS), 'observation'),
  title: requiredText(),
  notes: text(),
  peopleMet: text(),
  followUps: list(TaskSchema),
  fieldsOfAction: list(choice(FIELDS_OF_ACTION)),
  measureIds: list(recordId('measure')),
});

export const MeetingFields = v.object({
  kind: choice(MEETING_KINDS),
  title: requiredText(),
  date: v.pipe(v.string('validation:required'), v.check(isDay, 'validation:invalidDate')),
  place: text(SHORT),
  participants: list(PersonSchema),
  agendaItems: list(TextItemSchema),
  notes: text(),
  decisions: list(TextItemSchema),
  actionItems: list(TaskSchema),
});

export const IndicatorSchema = v.object({
  id: itemId(),
  name: requiredText(),
  unit: text(60),
  baseline: amount(),
  target: amount(),
  targetYear: year(),
});

export const ResourceSchema = v.object({
  id: itemId(),
  kind: choice(RESOURCE_KINDS),
  description: text(2_000),
  amount: amount(0),
  currency: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'validation:invalidCurrency')),
    'EUR',
  ),
  source: v.optional(choice(RESOURCE_SOURCES), 'own'),
});

export const MilestoneSchema = v.object({
  id: itemId(),
  title: requiredText(),
  dueDate: optionalDate(),
  done: bool(),
});

export const MeasureFields = v.pipe(
  v.object({
    title: requiredText(),
    description: text(),
    fieldOfAction: choice(FIELDS_OF_ACTION),
    goal: text(),
    appliesTo: v.optional(choice(['germanSide', 'partnerSide', 'both'] as const), 'both'),
    responsibleGerman: text(SHORT),
    responsiblePartner: text(SHORT),
    actors: list(choice(ACTOR_GROUPS)),
    startDate: optionalDate(),
    endDate: optionalDate(),
    milestones: list(MilestoneSchema),
    indicators: list(IndicatorSchema),
    resources: list(ResourceSchema),
    fundingOptions: text(),
    sdgs: list(
      v.pipe(
        v.number('validation:invalidChoice'),
        v.integer('validation:invalidChoice'),
        v.minValue(1, 'validation:invalidChoice'),
        v.maxValue(17, 'validation:invalidChoice'),
      ),
    ),
    co2eEstimate: amount(0),
    climateFocus: v.optional(choice(CLIMATE_FOCUS), 'mitigation'),
    priority: v.optional(choice(PRIORITIES), 'medium'),
    status: v.optional(choice(MEASURE_STATUSES), 'idea'),
  }),
  v.forward(
    v.partialCheck([['startDate'], ['endDate']], endNotBeforeStart, 'validation:endBeforeStart'),
    ['endDate'],
  ),
);

export const ProgrammeFields = v.object({
  phase: v.pipe(v.number('validation:invalidNumber'), v.integer(), v.minValue(1)),
  vision: text(),
  fieldGoals: list(v.object({ fieldOfAction: choice(FIELDS_OF_ACTION), goals: text() })),
  measureIds: list(recordId('measure')),
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  adoptedGermanCouncil: optionalDate(),
  adoptedPartnerCouncil: optionalDate(),
});

export const CommentFields = v.object({
  targetId: v.pipe(
    v.string('validation:invalidReference'),
    v.check((s) => isRecordId(s), 'validation:invalidReference'),
  ),
  body: requiredText(LONG),
  kind: v.optional(choice(COMMENT_KINDS), 'comment'),
});

/** A whole number of pixels or bytes, from 1 (0 for bytes) up to a sane maximum. */
const count = (min: number, max: number) =>
  v.pipe(
    v.number('validation:invalidNumber'),
    v.integer('validation:invalidNumber'),
    v.minValue(min, 'validation:outOfRange'),
    v.maxValue(max, 'validation:outOfRange'),
  );

/** A photo's description; the image itself is stored and synced beside the record. */
export const PhotoFields = v.object({
  targetId: v.pipe(
    v.string('validation:invalidReference'),
    v.check(
      (s) => PHOTO_TARGET_TYPES.some((type) => isRecordId(s, type)),
      'validation:invalidReference',
    ),
  ),
  caption: text(2_000),
  contentType: v.optional(choice(PHOTO_CONTENT_TYPES), 'image/jpeg'),
  width: count(1, 20_000),
  height: count(1, 20_000),
  /** Bytes of the scaled image. */
  size: count(0, 50_000_000),
  takenAt: dateTime(),
});

/** What every record carries besides its own fields. */
export const RecordMeta = {
  id: v.string('validation:invalidReference'),
  partnershipId: recordId('partnership'),
  createdAt: dateTime(),
  createdBy: v.string('validation:required'),
  updatedAt: dateTime(),
  updatedBy: v.string('validation:required'),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)), 'de'),
  reviewState: v.optional(choice(REVIEW_STATES), 'unreviewed'),
};

export const FIELD_SCHEMAS = {
  partnership: PartnershipFields,
  deployment: DeploymentFields,
  logEntry: LogEntryFields,
  meeting: MeetingFields,
  measure: MeasureFields,
  programme: ProgrammeFields,
  comment: CommentFields,
  photo: PhotoFields,
} as const;
