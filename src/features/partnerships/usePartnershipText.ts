// How a partnership is named on screen: its two municipalities, and its phase with the years.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../domain';

type Names = Pick<Partnership, 'germanMunicipality' | 'partnerMunicipality'>;
type Phase = Pick<Partnership, 'phase' | 'phaseStartYear' | 'phaseEndYear'>;

export interface PartnershipText {
  /** "Stadt Lindenau am Main – Commune de Sanoré" */
  title: (partnership: Names) => string;
  /** "Phase 1 · 2025–2027", leaving out the years that are not known. */
  phase: (partnership: Phase) => string;
}

export function usePartnershipText(): PartnershipText {
  const { t } = useTranslation();
  const title = useCallback(
    (p: Names) =>
      t('partnerships:title', { german: p.germanMunicipality, partner: p.partnerMunicipality }),
    [t],
  );
  const phase = useCallback(
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
  return { title, phase };
}
