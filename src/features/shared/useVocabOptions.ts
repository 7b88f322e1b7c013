// Translated options for the domain's fixed vocabularies.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../ui/SelectField';

export type VocabGroup =
  | 'fieldOfAction'
  | 'sdg'
  | 'partnershipStatus'
  | 'deploymentDirection'
  | 'deploymentStatus'
  | 'logEntryKind'
  | 'meetingKind'
  | 'measureSide'
  | 'actorGroup'
  | 'resourceKind'
  | 'resourceSource'
  | 'climateFocus'
  | 'priority'
  | 'measureStatus'
  | 'reviewState';

/** The translated name of one vocabulary value. */
export function useVocabLabel(): (group: VocabGroup, value: string | number) => string {
  const { t } = useTranslation();
  return (group, value) => t(`vocab:${group}.${value}`);
}

export function useVocabOptions(
  group: VocabGroup,
  values: readonly (string | number)[],
): SelectOption[] {
  const { t } = useTranslation();
  return useMemo(
    () => values.map((value) => ({ value: String(value), label: t(`vocab:${group}.${value}`) })),
    [group, values, t],
  );
}
