// How a partnership is named on screen ("Town – Partner town"): from its record, or read live by
// id for the context line above a screen of the partnership.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../domain';
import { useLoadedRecord } from './useLoadedRecord';

type Names = Pick<Partnership, 'germanMunicipality' | 'partnerMunicipality'>;

/** The name of a partnership whose record is at hand. */
export function usePartnershipTitleOf(): (partnership: Names) => string {
  const { t } = useTranslation();
  return useCallback(
    (p: Names) =>
      t('partnerships:title', { german: p.germanMunicipality, partner: p.partnerMunicipality }),
    [t],
  );
}

/** The name of the partnership with this id; undefined while loading, or when missing or damaged. */
export function usePartnershipTitle(partnershipId: string): string | undefined {
  const titleOf = usePartnershipTitleOf();
  const loaded = useLoadedRecord('partnership', partnershipId);
  return loaded?.ok ? titleOf(loaded.record) : undefined;
}
