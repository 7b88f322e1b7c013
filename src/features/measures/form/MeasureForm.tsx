import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Measure } from '../../../domain';
import { PageHeader } from '../../../ui/PageHeader';
import { DraftRestoredNotice } from '../../shared/DraftRestoredNotice';
import { FormActions } from '../../shared/FormActions';
import { paths } from '../../shared/paths';
import { useRecordForm } from '../../shared/useRecordForm';
import { measureInputOf, newMeasureInput, type MeasureInput } from '../measureForm';
import { MeasureLoading } from '../MeasureLoading';
import { usePartnershipTitle } from '../usePartnershipTitle';
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
  const initial = useMemo(() => (measure ? measureInputOf(measure) : newMeasureInput()), [measure]);
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
  if (form.values === undefined) {
    return (
      <>
        <PageHeader title={title} context={partnershipTitle} />
        <MeasureLoading />
      </>
    );
  }
  const section = { values: form.values, update, errorsFor: form.errorsFor };
  return (
    <>
      <PageHeader title={title} context={partnershipTitle} />
      <DraftRestoredNotice restored={form.restored} updatedAt={form.restoredAt} />
      {/* noValidate: our own messages appear next to the fields, in the interface language. */}
      <form {...form.formProps} onSubmit={form.onSubmit} noValidate>
        <MeasureBasicsSection {...section} />
        <MeasureResponsibilitySection {...section} />
        <MeasureTimelineSection {...section} />
        <MeasureIndicatorsSection {...section} />
        <MeasureResourcesSection {...section} />
        <MeasureImpactSection {...section} />
        <MeasureStatusSection {...section} storedStatus={measure?.status ?? null} />
        <FormActions
          form={form}
          onCancel={() =>
            navigate(
              measure ? paths.measure(partnershipId, measure.id) : paths.measures(partnershipId),
            )
          }
        />
      </form>
    </>
  );
}
