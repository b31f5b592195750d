import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../lib/date-time';

type AsOfControlProps = {
  value: string;
  isOverridden: boolean;
  onChange: (asOf: string | undefined) => void;
};

export const AsOfControl = ({ value, isOverridden, onChange }: AsOfControlProps) => {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="as-of">
      <label htmlFor={inputId} className="as-of__label">{t('timeline.asOfLabel')}</label>
      <div className="as-of__controls">
        <input
          id={inputId}
          type="date"
          className="input"
          value={value}
          aria-describedby={hintId}
          onChange={(event) => onChange(isIsoDate(event.target.value) ? event.target.value : undefined)}
        />
        {isOverridden ? (
          <button type="button" className="button" onClick={() => onChange(undefined)}>
            {t('timeline.resetAsOf')}
          </button>
        ) : null}
      </div>
      <p id={hintId} className="as-of__hint">{t('timeline.asOfHint')}</p>
    </div>
  );
};
