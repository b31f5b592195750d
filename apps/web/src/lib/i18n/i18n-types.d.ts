import type { Translations } from './en';

// Declaration merging needs an interface here; it gives t() compile-time checked keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}
