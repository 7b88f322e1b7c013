import { useTranslation } from 'react-i18next';
import {
  CLIMATE_FOCUS,
  FIELDS_OF_ACTION,
  MEASURE_SIDES,
  PRIORITIES,
  type ClimateFocus,
  type FieldOfAction,
  type MeasureSide,
  type Priority,
} from '../../../domain';
import { Section } from '../../../ui/Section';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useVocabOptions } from '../../shared/useVocabOptions';
import type { MeasureSectionProps } from '../measureForm';

/** What the measure is: title, description, field of action, goal, side, focus and priority. */
export function MeasureBasicsSection({ values, update, errorsFor }: MeasureSectionProps) {
  const { t } = useTranslation();
  const fieldOptions = useVocabOptions('fieldOfAction', FIELDS_OF_ACTION);
  const sideOptions = useVocabOptions('measureSide', MEASURE_SIDES);
  const focusOptions = useVocabOptions('climateFocus', CLIMATE_FOCUS);
  const priorityOptions = useVocabOptions('priority', PRIORITIES);
  return (
    <Section title={t('measures:form.sections.basics')} id="measure-basics">
      <TextField
        id="title"
        label={t('measures:fields.title')}
        value={values.title}
        onValueChange={(title) => update({ title })}
        errors={errorsFor('title')}
        required
      />
      <TextAreaField
        id="description"
        label={t('measures:fields.description')}
        value={values.description ?? ''}
        onValueChange={(description) => update({ description })}
        errors={errorsFor('description')}
      />
      <SelectField
        id="fieldOfAction"
        label={t('measures:fields.fieldOfAction')}
        value={values.fieldOfAction}
        options={[{ value: '', label: t('measures:form.chooseField') }, ...fieldOptions]}
        onValueChange={(value) => update({ fieldOfAction: value as FieldOfAction })}
        errors={errorsFor('fieldOfAction')}
        required
      />
      <TextAreaField
        id="goal"
        label={t('measures:fields.goal')}
        value={values.goal ?? ''}
        onValueChange={(goal) => update({ goal })}
        errors={errorsFor('goal')}
        rows={3}
      />
      <SelectField
        id="appliesTo"
        label={t('measures:fields.appliesTo')}
        value={values.appliesTo ?? 'both'}
        options={sideOptions}
        onValueChange={(value) => update({ appliesTo: value as MeasureSide })}
        errors={errorsFor('appliesTo')}
      />
      <SelectField
        id="climateFocus"
        label={t('measures:fields.climateFocus')}
        value={values.climateFocus ?? 'mitigation'}
        options={focusOptions}
        onValueChange={(value) => update({ climateFocus: value as ClimateFocus })}
        errors={errorsFor('climateFocus')}
      />
      <SelectField
        id="priority"
        label={t('measures:fields.priority')}
        value={values.priority ?? 'medium'}
        options={priorityOptions}
        onValueChange={(value) => update({ priority: value as Priority })}
        errors={errorsFor('priority')}
      />
    </Section>
  );
}
