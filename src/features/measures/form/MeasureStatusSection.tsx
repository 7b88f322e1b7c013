import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../../../domain';
import { Section } from '../../../ui/Section';
import { SelectField } from '../../../ui/SelectField';
import { useVocabLabel } from '../../shared/useVocabOptions';
import { statusOptionsFor, type MeasureSectionProps } from '../measureForm';
import { MeasureStatusFlow } from '../MeasureStatusFlow';

/**
 * The status, limited to the steps the flow allows from the stored status (the repository refuses
 * any other change), with the flow drawn below.
 */
export function MeasureStatusSection({
  values,
  update,
  errorsFor,
  storedStatus,
}: MeasureSectionProps & { storedStatus: MeasureStatus | null }) {
  const { t } = useTranslation();
  const label = useVocabLabel();
  const status = values.status ?? 'idea';
  const options = statusOptionsFor(storedStatus, status).map((value) => ({
    value,
    label: label('measureStatus', value),
  }));
  return (
    <Section title={t('measures:form.sections.status')} id="measure-status">
      <SelectField
        id="status"
        label={t('measures:fields.status')}
        hint={
          storedStatus === null
            ? t('measures:form.statusHintNew')
            : t('measures:form.statusHint', { status: label('measureStatus', storedStatus) })
        }
        value={status}
        options={options}
        onValueChange={(value) => update({ status: value as MeasureStatus })}
        errors={errorsFor('status')}
      />
      <MeasureStatusFlow status={status} />
    </Section>
  );
}
