import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PARTNERSHIP_STATUSES, type FieldsInput, type Partnership } from '../../domain';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { paths } from '../shared/paths';
import { RecordFormFrame } from '../shared/RecordFormFrame';
import { recordFields } from '../shared/recordFields';
import { useRecordForm } from '../shared/useRecordForm';
import { useVocabOptions } from '../shared/useVocabOptions';
import { CountryField } from './CountryField';
import { WorkingLanguagesField } from './WorkingLanguagesField';

type Values = FieldsInput<'partnership'>;

const EMPTY: Values = {
  germanMunicipality: '',
  partnerMunicipality: '',
  partnerCountry: '',
  phase: 1,
  phaseStartYear: null,
  phaseEndYear: null,
  workingLanguages: ['de'],
  status: 'preparing',
  vision: '',
};

/** A number field's text; an empty or unreadable number shows as empty. */
const numberText = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** The form itself, for a new partnership (no record) or the given one. */
export function PartnershipForm({ record }: { record?: Partnership }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const initial = useMemo(() => (record ? recordFields('partnership', record) : EMPTY), [record]);
  const statusOptions = useVocabOptions('partnershipStatus', PARTNERSHIP_STATUSES);
  const form = useRecordForm({
    type: 'partnership',
    id: record?.id,
    route: record ? paths.editPartnership(record.id) : paths.newPartnership(),
    initial,
    lang: record?.lang,
    onSaved: (saved) => navigate(paths.partnership(saved.id)),
  });
  const { errorsFor } = form;
  const title = record ? t('partnerships:form.editTitle') : t('partnerships:form.newTitle');
  const set = (patch: Partial<Values>) => form.setValues((previous) => ({ ...previous, ...patch }));

  return (
    <RecordFormFrame
      title={title}
      form={form}
      onCancel={() => navigate(record ? paths.partnership(record.id) : paths.home())}
    >
      {(values) => (
        <>
          <TextField
            id="germanMunicipality"
            label={t('partnerships:form.germanMunicipality')}
            hint={t('partnerships:form.germanMunicipalityHint')}
            value={values.germanMunicipality}
            onValueChange={(germanMunicipality) => set({ germanMunicipality })}
            errors={errorsFor('germanMunicipality')}
            autoComplete="off"
            required
          />
          <TextField
            id="partnerMunicipality"
            label={t('partnerships:form.partnerMunicipality')}
            value={values.partnerMunicipality}
            onValueChange={(partnerMunicipality) => set({ partnerMunicipality })}
            errors={errorsFor('partnerMunicipality')}
            autoComplete="off"
            required
          />
          <CountryField
            value={values.partnerCountry}
            onChange={(partnerCountry) => set({ partnerCountry })}
            errors={errorsFor('partnerCountry')}
          />
          <TextField
            id="phase"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            label={t('partnerships:form.phase')}
            value={numberText(values.phase)}
            // An emptied field stays empty (NaN) so that saving says what is missing.
            onValueChange={(text) => set({ phase: text === '' ? Number.NaN : Number(text) })}
            errors={errorsFor('phase')}
            required
          />
          <TextField
            id="phaseStartYear"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            label={t('partnerships:form.phaseStartYear')}
            value={numberText(values.phaseStartYear)}
            onValueChange={(text) => set({ phaseStartYear: text === '' ? null : Number(text) })}
            errors={errorsFor('phaseStartYear')}
          />
          <TextField
            id="phaseEndYear"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            label={t('partnerships:form.phaseEndYear')}
            value={numberText(values.phaseEndYear)}
            onValueChange={(text) => set({ phaseEndYear: text === '' ? null : Number(text) })}
            errors={errorsFor('phaseEndYear')}
          />
          <WorkingLanguagesField
            values={values.workingLanguages ?? []}
            onChange={(workingLanguages) => set({ workingLanguages })}
            errors={form.errors
              .filter(
                (e) => e.path === 'workingLanguages' || e.path.startsWith('workingLanguages.'),
              )
              .map((e) => t(e.key))}
          />
          <SelectField
            id="status"
            label={t('partnerships:form.status')}
            value={values.status ?? 'active'}
            options={statusOptions}
            onValueChange={(status) => set({ status: status as Values['status'] })}
            errors={errorsFor('status')}
          />
          <TextAreaField
            id="vision"
            rows={6}
            label={t('partnerships:form.vision')}
            hint={t('partnerships:form.visionHint')}
            value={values.vision ?? ''}
            onValueChange={(vision) => set({ vision })}
            errors={errorsFor('vision')}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
