// The status flow of a measure: idea → proposed → agreed → in implementation → completed, or dropped.
export const MEASURE_STATUSES = [
  'idea',
  'proposed',
  'agreed',
  'inImplementation',
  'completed',
  'dropped',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Allowed next statuses. A step back is allowed (a proposal may return to the idea stage when
 * partners disagree); a dropped measure can be revived as an idea; a completed one reopened.
 */
const TRANSITIONS: Record<MeasureStatus, readonly MeasureStatus[]> = {
  idea: ['proposed', 'dropped'],
  proposed: ['idea', 'agreed', 'dropped'],
  agreed: ['proposed', 'inImplementation', 'dropped'],
  inImplementation: ['agreed', 'completed', 'dropped'],
  completed: ['inImplementation'],
  dropped: ['idea'],
};

export function nextMeasureStatuses(from: MeasureStatus): readonly MeasureStatus[] {
  return TRANSITIONS[from];
}

export function canChangeMeasureStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}
