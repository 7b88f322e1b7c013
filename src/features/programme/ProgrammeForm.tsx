// Editing the programme's text: vision, fields of action with goals, version and council adoption.
// The order of the measures is changed on the programme page; here it is kept as stored.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ActionProgramme, Partnership } from '../../domain';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { paths } from '../shared/paths';
import { RecordFormFrame } from '../shared/RecordFormFrame';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';
import { useRecordForm } from '../shared/useRecordForm';
import { FieldGoalsEditor } from './FieldGoalsEditor';
import { programmeFields } from './programmeModel';

export function ProgrammeForm({
  programme,
  partnership,
}: {
  programme: ActionProgramme;
  partnership: Partnership;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const titleOf = usePartnershipTitleOf();
  const initial = useMemo(() => programmeFields(programme), [programme]);
  const back = useCallback(
    () => navigate(paths.programme(partnership.id)),
    [navigate, partnership],
  );
  const form = useRecordForm({
    type: 'programme',
    id: programme.id,
    partnershipId: partnership.id,
    draftKey: programme.id,
    route: paths.editProgramme(partnership.id),
    initial,
    lang: programme.lang,
    onSaved: back,
  });
  const { setValues, errorsFor } = form;

  // A draft left earlier may hold an older order; saving it must not undo a reordering since.
  const storedOrder = programme.measureIds.join(' ');
  const draftOrder = form.values && (form.values.measureIds ?? []).join(' ');
  useEffect(() => {
    if (draftOrder !== undefined && draftOrder !== storedOrder) {
      setValues((previous) => ({
        ...previous,
        measureIds: storedOrder.split(' ').filter(Boolean),
      }));
    }
  }, [draftOrder, storedOrder, setValues]);

  const dateField = (
    name: 'adoptedGermanCouncil' | 'adoptedPartnerCouncil',
    place: string,
    value: string | null | undefined,
  ) => (
    <TextField
      id={name}
      type="date"
      label={t('programme:facts.adoptedBy', { municipality: place })}
      hint={t('programme:form.adoptedHint')}
      value={value ?? ''}
      onValueChange={(text) => setValues((previous) => ({ ...previous, [name]: text || null }))}
      errors={errorsFor(name)}
    />
  );

  return (
    <RecordFormFrame
      title={t('programme:form.title')}
      context={<span dir="auto">{titleOf(partnership)}</span>}
      form={form}
      onCancel={back}
    >
      {(values) => (
        <>
          <TextAreaField
            id="vision"
            label={t('programme:form.vision')}
            hint={t('programme:form.visionHint')}
            rows={10}
            lang={programme.lang}
            value={values.vision ?? ''}
            onValueChange={(vision) => setValues((previous) => ({ ...previous, vision }))}
            errors={errorsFor('vision')}
          />
          <FieldGoalsEditor
            items={values.fieldGoals ?? []}
            onChange={(fieldGoals) => setValues((previous) => ({ ...previous, fieldGoals }))}
            errorsFor={errorsFor}
          />
          <p className="muted">
            {t('programme:form.measuresHint', { count: values.measureIds?.length ?? 0 })}
          </p>
          <fieldset className="choices">
            <legend className="field__label">{t('programme:form.adoption')}</legend>
            <TextField
              id="version"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              label={t('programme:facts.version')}
              value={values.version === undefined ? '' : String(values.version)}
              onValueChange={(value) =>
                setValues((previous) => ({
                  ...previous,
                  version: value === '' ? undefined : Number(value),
                }))
              }
              errors={errorsFor('version')}
            />
            {dateField(
              'adoptedGermanCouncil',
              partnership.germanMunicipality,
              values.adoptedGermanCouncil,
            )}
            {dateField(
              'adoptedPartnerCouncil',
              partnership.partnerMunicipality,
              values.adoptedPartnerCouncil,
            )}
          </fieldset>
        </>
      )}
    </RecordFormFrame>
  );
}
