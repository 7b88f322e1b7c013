import { useTranslation } from 'react-i18next';
import { ACTOR_GROUPS, type ActorGroup } from '../../../domain';
import { CheckboxGroupField } from '../../../ui/CheckboxGroupField';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { useVocabOptions } from '../../shared/useVocabOptions';
import type { MeasureSectionProps } from '../measureForm';

/** Who carries the measure on each side, and which groups take part. */
export function MeasureResponsibilitySection({ values, update, errorsFor }: MeasureSectionProps) {
  const { t } = useTranslation();
  const actorOptions = useVocabOptions('actorGroup', ACTOR_GROUPS);
  return (
    <Section title={t('measures:form.sections.responsibilities')} id="measure-responsibilities">
      <TextField
        id="responsibleGerman"
        label={t('measures:fields.responsibleGerman')}
        value={values.responsibleGerman ?? ''}
        onValueChange={(responsibleGerman) => update({ responsibleGerman })}
        errors={errorsFor('responsibleGerman')}
        autoComplete="off"
      />
      <TextField
        id="responsiblePartner"
        label={t('measures:fields.responsiblePartner')}
        value={values.responsiblePartner ?? ''}
        onValueChange={(responsiblePartner) => update({ responsiblePartner })}
        errors={errorsFor('responsiblePartner')}
        autoComplete="off"
      />
      <CheckboxGroupField
        id="actors"
        legend={t('measures:fields.actors')}
        options={actorOptions}
        values={values.actors ?? []}
        onValuesChange={(actors) => update({ actors: actors as ActorGroup[] })}
        errors={errorsFor('actors')}
      />
    </Section>
  );
}
