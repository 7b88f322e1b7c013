import { idToParam } from '../../domain';

export type MeasureControl = 'up' | 'down' | 'remove' | 'add';

/** Element id of a measure's button, so focus can follow the measure when the list changes. */
export const controlId = (control: MeasureControl, measureId: string) =>
  `programme-${control}-${idToParam(measureId)}`;
