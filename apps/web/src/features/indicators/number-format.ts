import { useLocale } from '../../lib/i18n/use-locale';

/** Figures as the reader's language writes them: 48.2 in English, 48,2 in Georgian. */
export const useNumberFormat = () => {
  const { locale } = useLocale();
  const format = new Intl.NumberFormat(locale === 'ka' ? 'ka-GE' : 'en-GB', { maximumFractionDigits: 6 });
  return (value: number): string => format.format(value);
};
