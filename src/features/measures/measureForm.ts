// What the measure form edits: the shape of its values, a blank measure, and the conversions
// between number fields (text in the input) and stored numbers.
import {
  MEASURE_STATUSES,
  nextMeasureStatuses,
  type FieldOfAction,
  type FieldsInput,
  type MeasureStatus,
} from '../../domain';

export type MeasureInput = FieldsInput<'measure'>;
export type IndicatorInput = NonNullable<MeasureInput['indicators']>[number];
export type ResourceInput = NonNullable<MeasureInput['resources']>[number];
export type MilestoneInput = NonNullable<MeasureInput['milestones']>[number];

/** What every section of the form gets. */
export interface MeasureSectionProps {
  values: MeasureInput;
  update: (patch: Partial<MeasureInput>) => void;
  errorsFor: (path: string) => string[];
}

/**
 * A blank measure. The field of action starts empty on purpose: a preselected one would be saved
 * unnoticed; validation asks the person to choose.
 */
export function newMeasureInput(): MeasureInput {
  return {
    title: '',
    description: '',
    fieldOfAction: '' as FieldOfAction,
    goal: '',
    appliesTo: 'both',
    responsibleGerman: '',
    responsiblePartner: '',
    actors: [],
    startDate: null,
    endDate: null,
    milestones: [],
    indicators: [],
    resources: [],
    fundingOptions: '',
    sdgs: [],
    co2eEstimate: null,
    climateFocus: 'mitigation',
    priority: 'medium',
    status: 'idea',
  };
}

/** The text an input shows for a stored number. */
export function numberToInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The number to store for an input's text: empty means "not given". A number input hands over
 * '' for text it cannot read, so that is "not given" as well rather than a wrong number.
 */
export function inputToNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** '' in a date input means no date. */
export function inputToDate(text: string): string | null {
  return text === '' ? null : text;
}

/**
 * The statuses the status select offers: for a stored measure its stored status and the allowed
 * next steps; a new measure may start at any status (it may record an agreement made earlier).
 * The value in the form is always offered, so the select never shows something else than is saved.
 */
export function statusOptionsFor(
  stored: MeasureStatus | null,
  current: MeasureStatus | undefined,
): MeasureStatus[] {
  const allowed = stored === null ? MEASURE_STATUSES : [stored, ...nextMeasureStatuses(stored)];
  return MEASURE_STATUSES.filter((s) => allowed.includes(s) || s === current);
}
