// Changes to the programme's list of measures, saved at once. Each change reads the stored
// programme afresh and changes run one after another, so quick taps never undo each other.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRecord, saveRecord } from '../../db';
import type { ActionProgramme } from '../../domain';
import { currentUser } from '../shared/sessionStore';
import { useWriteErrorText } from '../shared/useWriteErrorText';
import { programmeFields } from './programmeModel';

export interface MeasureOrder {
  /** Apply a change to the ordered ids; resolves to whether it was saved. */
  change: (update: (ids: readonly string[]) => string[]) => Promise<boolean>;
  /** A translated message when the last change could not be saved. */
  error: string | null;
}

export function useMeasureOrder(programmeId: string): MeasureOrder {
  const { t } = useTranslation();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [error, setError] = useState<string | null>(null);
  const errorText = useWriteErrorText();

  const change = useCallback(
    (update: (ids: readonly string[]) => string[]) => {
      const run = async () => {
        const loaded = await getRecord<ActionProgramme>(programmeId);
        if (!loaded?.ok) throw new Error(`Programme ${programmeId} cannot be read`);
        const { record } = loaded;
        const measureIds = update(record.measureIds);
        if (measureIds.join('\n') === record.measureIds.join('\n')) return;
        const result = await saveRecord({
          type: 'programme',
          id: record.id,
          partnershipId: record.partnershipId,
          fields: { ...programmeFields(record), measureIds },
          user: currentUser(),
          lang: record.lang,
        });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      };
      const done = queue.current.then(run);
      queue.current = done.catch(() => undefined);
      return done.then(
        () => {
          setError(null);
          return true;
        },
        (reason: unknown) => {
          console.error('Programme order not saved', reason);
          setError(errorText(reason, t('programme:order.saveFailed')));
          return false;
        },
      );
    },
    [programmeId, t, errorText],
  );

  return { change, error };
}
