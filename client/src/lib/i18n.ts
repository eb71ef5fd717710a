import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import de from '@/locales/de.json';
import en from '@/locales/en.json';
import { quote } from '@/lib/quotes';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

const STORAGE_KEY = 'mitplanen.language';

// `satisfies` makes the type checker report a key that is missing in the English texts.
export const resources = {
  de: { translation: de },
  en: { translation: en satisfies typeof de },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  // Guarded for the unit tests, which run without a page.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts for this page view only.
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  // The resources are bundled, so initialisation finishes before the first render.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes output itself
  returnNull: false,
});

// `{{title, quoted}}`: a name in quotation marks, its own quotation marks turned into inner ones.
i18n.services.formatter?.add('quoted', (value: unknown, language) =>
  quote(String(value), language ?? DEFAULT_LANGUAGE),
);

/** BCP 47 locale used for dates and numbers. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}
