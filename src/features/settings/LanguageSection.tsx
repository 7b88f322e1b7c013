import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../../i18n';
import { SelectField } from '../../ui/SelectField';
import { Section } from '../../ui/Section';

const OPTIONS = LANGUAGES.map((language) => ({ value: language.code, label: language.name }));

/** The interface language; each language is named in itself, so anyone finds their own. */
export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Section id="settings-language" title={t('settings:language.title')}>
      <SelectField
        id="language"
        label={t('settings:language.label')}
        hint={t('settings:language.hint')}
        value={current}
        options={OPTIONS}
        onValueChange={(code) => {
          if (isLanguage(code)) {
            void changeLanguage(code).catch((error: unknown) =>
              console.error('Language not changed', error),
            );
          }
        }}
      />
    </Section>
  );
}
