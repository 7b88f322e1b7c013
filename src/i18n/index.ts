// Internationalisation: set-up, languages and Intl formatting.
export * from './languages';
export { changeLanguage, initI18n, initialLanguage } from './setup';
export { createFormatters, useFormat, type Formatters } from './format';
