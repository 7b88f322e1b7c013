// A partnership's phase as shown with its name: "Phase 1 · 2025–2027", leaving out unknown years.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../domain';

type Phase = Pick<Partnership, 'phase' | 'phaseStartYear' | 'phaseEndYear'>;

export function usePartnershipPhase(): (partnership: Phase) => string {
  const { t } = useTranslation();
  return useCallback(
    (p: Phase) => {
      // Years are shown as written (2025), never with a thousands separator.
      const values = {
        phase: p.phase,
        start: String(p.phaseStartYear ?? ''),
        end: String(p.phaseEndYear ?? ''),
      };
      if (p.phaseStartYear !== null && p.phaseEndYear !== null) {
        return t('partnerships:phase.withYears', values);
      }
      if (p.phaseStartYear !== null) return t('partnerships:phase.from', values);
      if (p.phaseEndYear !== null) return t('partnerships:phase.until', values);
      return t('partnerships:phase.only', values);
    },
    [t],
  );
}
