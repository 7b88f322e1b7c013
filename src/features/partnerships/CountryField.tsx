import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_COUNTRIES } from '../../domain';
import { useFormat } from '../../i18n';
import { SelectField } from '../../ui/SelectField';
import { withCurrentValues } from '../shared/withCurrentValues';

/** The partner country: the programme's countries by their name in the interface language. */
export function CountryField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (code: string) => void;
  errors: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const options = useMemo(() => {
    // A country set elsewhere (e.g. synced from another device) stays selectable, not lost.
    const named = withCurrentValues(PARTNER_COUNTRIES, value ? [value] : [])
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
    return [{ value: '', label: t('partnerships:form.chooseCountry') }, ...named];
  }, [value, format, i18n.language, t]);
  return (
    <SelectField
      id="partnerCountry"
      label={t('partnerships:form.partnerCountry')}
      value={value}
      options={options}
      onValueChange={onChange}
      errors={errors}
      required
    />
  );
}
