import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMON_CURRENCIES,
  newItemId,
  RESOURCE_KINDS,
  RESOURCE_SOURCES,
  type ResourceKind,
  type ResourceSource,
} from '../../../domain';
import { Section } from '../../../ui/Section';
import { SelectField, type SelectOption } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { ItemListEditor } from '../../shared/ItemListEditor';
import { replaceAt } from '../../shared/listItems';
import { useVocabOptions } from '../../shared/useVocabOptions';
import type { MeasureSectionProps, ResourceInput } from '../measureForm';
import { NumberField } from './NumberField';

/** Currency choices named in the interface language ("EUR – Euro"). */
function useCurrencyOptions(): SelectOption[] {
  const { i18n } = useTranslation();
  const locale = i18n.language || 'de';
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    return COMMON_CURRENCIES.map((code) => {
      const name = names.of(code);
      return { value: code, label: name && name !== code ? `${code} – ${name}` : code };
    });
  }, [locale]);
}

/** What the measure needs: staff, money, material … with amount and where it comes from. */
export function MeasureResourcesSection({ values, update, errorsFor }: MeasureSectionProps) {
  const { t } = useTranslation();
  const kindOptions = useVocabOptions('resourceKind', RESOURCE_KINDS);
  const sourceOptions = useVocabOptions('resourceSource', RESOURCE_SOURCES);
  const currencyOptions = useCurrencyOptions();
  const resources = values.resources ?? [];
  return (
    <Section title={t('measures:form.sections.resources')} id="measure-resources">
      <ItemListEditor<ResourceInput>
        id="resources"
        legend={t('measures:fields.resources')}
        addLabel={t('measures:form.addResource')}
        items={resources}
        onChange={(next) => update({ resources: next })}
        newItem={() => ({
          id: newItemId(),
          kind: 'financial',
          description: '',
          amount: null,
          currency: 'EUR',
          source: 'own',
        })}
        renderItem={(item, index, fieldId) => {
          const change = (patch: Partial<ResourceInput>) =>
            update({ resources: replaceAt(resources, index, { ...item, ...patch }) });
          const errors = (name: string) => errorsFor(`resources.${index}.${name}`);
          const currency = item.currency ?? 'EUR';
          // Amounts keep any ISO code; one outside the common list is still offered.
          const currencies = currencyOptions.some((o) => o.value === currency)
            ? currencyOptions
            : [...currencyOptions, { value: currency, label: currency }];
          return (
            <>
              <SelectField
                id={fieldId('kind')}
                label={t('measures:resource.kind')}
                value={item.kind}
                options={kindOptions}
                onValueChange={(kind) => change({ kind: kind as ResourceKind })}
                errors={errors('kind')}
              />
              <TextField
                id={fieldId('description')}
                label={t('measures:resource.description')}
                value={item.description ?? ''}
                onValueChange={(description) => change({ description })}
                errors={errors('description')}
              />
              <NumberField
                id={fieldId('amount')}
                label={t('measures:resource.amount')}
                value={item.amount}
                onValueChange={(amount) => change({ amount })}
                errors={errors('amount')}
                min={0}
              />
              <SelectField
                id={fieldId('currency')}
                label={t('measures:resource.currency')}
                value={currency}
                options={currencies}
                onValueChange={(next) => change({ currency: next })}
                errors={errors('currency')}
              />
              <SelectField
                id={fieldId('source')}
                label={t('measures:resource.source')}
                value={item.source ?? 'own'}
                options={sourceOptions}
                onValueChange={(source) => change({ source: source as ResourceSource })}
                errors={errors('source')}
              />
            </>
          );
        }}
      />
      <TextAreaField
        id="fundingOptions"
        label={t('measures:fields.fundingOptions')}
        hint={t('measures:form.fundingOptionsHint')}
        value={values.fundingOptions ?? ''}
        onValueChange={(fundingOptions) => update({ fundingOptions })}
        errors={errorsFor('fundingOptions')}
        rows={3}
      />
    </Section>
  );
}
