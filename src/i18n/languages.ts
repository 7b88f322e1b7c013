// The languages the interface speaks, with their text direction. German is the source language.
export const LANGUAGES = [
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'sw', name: 'Kiswahili', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'de';

/** Locale namespaces: one JSON file per namespace in locales/<lang>/. */
export const NAMESPACES = [
  'common',
  'validation',
  'vocab',
  'partnerships',
  'deployments',
  'meetings',
  'measures',
  'programme',
  'followUps',
  'search',
  'settings',
  'conflicts',
  'account',
  'sync',
  'pwa',
  'photos',
] as const;

export function isLanguage(code: unknown): code is LanguageCode {
  return LANGUAGES.some((language) => language.code === code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** The best supported language for a list of preferred browser languages. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}
