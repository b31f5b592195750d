import type { Locale } from '@compact-tracker/domain';
import type { i18n } from 'i18next';
import { toLocale } from './i18n';

const storageKey = 'compact-tracker.locale';

const readStoredLocale = (): Locale | undefined => {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored ? toLocale(stored) : undefined;
  } catch {
    return undefined;
  }
};

/** A saved choice wins; otherwise a browser set to Georgian starts in Georgian. */
export const detectInitialLocale = (): Locale => readStoredLocale() ?? toLocale(window.navigator.language);

const persistLocale = (locale: Locale): void => {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this visit only.
  }
};

const applyDocumentLocale = (locale: Locale): void => {
  document.documentElement.lang = locale;
};

/** Keeps `<html lang>` and the saved choice in step with the language the app shows. */
export const syncLocalePreference = (instance: i18n): void => {
  applyDocumentLocale(toLocale(instance.language));
  instance.on('languageChanged', (language) => {
    const locale = toLocale(language);
    persistLocale(locale);
    applyDocumentLocale(locale);
  });
};
