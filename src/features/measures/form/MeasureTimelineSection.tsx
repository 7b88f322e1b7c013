import { useTranslation } from 'react-i18next';
import { newItemId } from '../../../domain';
import { CheckboxField } from '../../../ui/CheckboxField';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { ItemListEditor } from '../../shared/ItemListEditor';
import { replaceAt } from '../../shared/listItems';
import { inputToDate, type MeasureSectionProps, type MilestoneInput } from '../measureForm';

/** When the measure runs, and its milestones in order. */
export function MeasureTimelineSection({ values, update, errorsFor }: MeasureSectionProps) {
  const { t } = useTranslation();
  const milestones = values.milestones ?? [];
  return (
    <Section title={t('measures:form.sections.timeline')} id="measure-timeline">
      <TextField
        id="startDate"
        type="date"
        label={t('measures:fields.startDate')}
        value={values.startDate ?? ''}
        onValueChange={(value) => update({ startDate: inputToDate(value) })}
        errors={errorsFor('startDate')}
      />
      <TextField
        id="endDate"
        type="date"
        label={t('measures:fields.endDate')}
        value={values.endDate ?? ''}
        min={values.startDate ?? undefined}
        onValueChange={(value) => update({ endDate: inputToDate(value) })}
        errors={errorsFor('endDate')}
      />
      <ItemListEditor<MilestoneInput>
        id="milestones"
        legend={t('measures:fields.milestones')}
        addLabel={t('measures:form.addMilestone')}
        items={milestones}
        onChange={(next) => update({ milestones: next })}
        newItem={() => ({ id: newItemId(), title: '', dueDate: null, done: false })}
        reorderable
        renderItem={(item, index, fieldId) => {
          const change = (patch: Partial<MilestoneInput>) =>
            update({ milestones: replaceAt(milestones, index, { ...item, ...patch }) });
          return (
            <>
              <TextField
                id={fieldId('title')}
                label={t('measures:milestone.title')}
                value={item.title}
                onValueChange={(title) => change({ title })}
                errors={errorsFor(`milestones.${index}.title`)}
                required
              />
              <TextField
                id={fieldId('dueDate')}
                type="date"
                label={t('measures:milestone.dueDate')}
                value={item.dueDate ?? ''}
                onValueChange={(value) => change({ dueDate: inputToDate(value) })}
                errors={errorsFor(`milestones.${index}.dueDate`)}
              />
              <CheckboxField
                id={fieldId('done')}
                label={t('measures:milestone.done')}
                checked={item.done ?? false}
                onCheckedChange={(done) => change({ done })}
              />
            </>
          );
        }}
      />
    </Section>
  );
}
