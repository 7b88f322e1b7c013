import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Measure } from '../../../domain';
import { paths } from '../../shared/paths';
import { RecordFormFrame } from '../../shared/RecordFormFrame';
import { recordFields } from '../../shared/recordFields';
import { usePartnershipTitle } from '../../shared/usePartnershipTitle';
import { useRecordForm } from '../../shared/useRecordForm';
import { newMeasureInput, type MeasureInput } from '../measureForm';
import { MeasureBasicsSection } from './MeasureBasicsSection';
import { MeasureImpactSection } from './MeasureImpactSection';
import { MeasureIndicatorsSection } from './MeasureIndicatorsSection';
import { MeasureResourcesSection } from './MeasureResourcesSection';
import { MeasureResponsibilitySection } from './MeasureResponsibilitySection';
import { MeasureStatusSection } from './MeasureStatusSection';
import { MeasureTimelineSection } from './MeasureTimelineSection';

export interface MeasureFormProps {
  partnershipId: string;
  /** The stored measure when editing; absent for a new one. */
  measure?: Measure | undefined;
}

/** Create or edit a measure; after saving, the measure's page. */
export function MeasureForm({ partnershipId, measure }: MeasureFormProps) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const partnershipTitle = usePartnershipTitle(partnershipId);
  const initial = useMemo(
    () => (measure ? recordFields('measure', measure) : newMeasureInput()),
    [measure],
  );
  const form = useRecordForm({
    type: 'measure',
    id: measure?.id,
    partnershipId,
    route: location,
    initial,
    lang: measure?.lang,
    onSaved: (saved) => navigate(paths.measure(partnershipId, saved.id)),
  });
  const { setValues } = form;
  const update = useCallback(
    (patch: Partial<MeasureInput>) => setValues((previous) => ({ ...previous, ...patch })),
    [setValues],
  );

  const title = measure ? t('measures:form.editTitle') : t('measures:form.newTitle');
  return (
    <RecordFormFrame
      title={title}
      context={partnershipTitle}
      form={form}
      onCancel={() =>
        navigate(measure ? paths.measure(partnershipId, measure.id) : paths.measures(partnershipId))
      }
    >
      {(values) => {
        const section = { values, update, errorsFor: form.errorsFor };
        return (
          <>
            <MeasureBasicsSection {...section} />
            <MeasureResponsibilitySection {...section} />
            <MeasureTimelineSection {...section} />
            <MeasureIndicatorsSection {...section} />
            <MeasureResourcesSection {...section} />
            <MeasureImpactSection {...section} />
            <MeasureStatusSection {...section} storedStatus={measure?.status ?? null} />
          </>
        );
      }}
    </RecordFormFrame>
  );
}
