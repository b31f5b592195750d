import type { Locale } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { toLocale } from './i18n';

export const useLocale = (): { locale: Locale; changeLocale: (locale: Locale) => void } => {
  const { i18n } = useTranslation();
  return {
    locale: toLocale(i18n.resolvedLanguage ?? i18n.language),
    changeLocale: (locale) => void i18n.changeLanguage(locale),
  };
};
