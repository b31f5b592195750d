import { locales, type Locale } from '@compact-tracker/domain';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ka } from './ka';

export const defaultLocale: Locale = 'en';

const resources = { en: { translation: en }, ka: { translation: ka } } as const;

/** One instance per app (and per test), initialised synchronously from bundled resources. */
export const createI18n = (locale: Locale): i18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: ['en', 'ka'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
};

export const toLocale = (language: string | undefined): Locale => {
  const candidate = language?.slice(0, 2);
  return locales.find((locale) => locale === candidate) ?? defaultLocale;
};
