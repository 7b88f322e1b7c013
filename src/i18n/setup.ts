// i18next set-up: locale files are loaded on demand (each one its own chunk, cached for offline use),
// the chosen language is remembered on the device and mirrored into <html lang dir>.
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  directionOf,
  isLanguage,
  LANGUAGES,
  NAMESPACES,
  pickLanguage,
  SOURCE_LANGUAGE,
  type LanguageCode,
} from './languages';

const LANGUAGE_KEY = 'klimapartner.language';

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../locales/*/*.json',
);

const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = localeFiles[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function storedLanguage(): LanguageCode | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language to start in: the one chosen before on this device, else the browser's. */
export function initialLanguage(): LanguageCode {
  return (
    storedLanguage() ??
    pickLanguage(
      typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
    )
  );
}

function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(
  language: LanguageCode = initialLanguage(),
): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', applyToDocument);
    await i18next
      .use(localeBackend)
      .use(initReactI18next)
      .init({
        lng: language,
        fallbackLng: SOURCE_LANGUAGE,
        supportedLngs: LANGUAGES.map((entry) => entry.code),
        ns: [...NAMESPACES],
        defaultNS: 'common',
        // React escapes what it renders; escaping here would show entities to the user.
        interpolation: { escapeValue: false },
        returnNull: false,
        react: { useSuspense: true },
      });
  } else if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  applyToDocument(language);
  return i18next;
}

/** Switch the interface language and remember the choice on this device. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the switch still works for this visit.
  }
  await i18next.changeLanguage(language);
}
