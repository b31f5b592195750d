import type { Locale } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../lib/i18n/use-locale';

/** Each language is named in itself, so a reader can find theirs whatever is showing now. */
const languageNames: Record<Locale, string> = { en: 'English', ka: 'ქართული' };

export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const { locale, changeLocale } = useLocale();
  const labelId = useId();
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switch__label">{t('language.label')}</span>
      {(Object.keys(languageNames) as Locale[]).map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__button"
          aria-pressed={locale === option}
          onClick={() => changeLocale(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
};
