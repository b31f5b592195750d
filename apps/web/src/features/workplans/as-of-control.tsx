import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../lib/date-time';

type AsOfControlProps = {
  value: string;
  isOverridden: boolean;
  onChange: (asOf: string | undefined) => void;
  /** The workplan's wording unless a page says what its own past day shows. */
  label?: string;
  hint?: string;
  resetLabel?: string;
};

/** The day a page shows, kept in its URL; emptying the field or resetting goes back to today. */
export const AsOfControl = ({ value, isOverridden, onChange, label, hint, resetLabel }: AsOfControlProps) => {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="as-of">
      <label htmlFor={inputId} className="as-of__label">{label ?? t('timeline.asOfLabel')}</label>
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
            {resetLabel ?? t('timeline.resetAsOf')}
          </button>
        ) : null}
      </div>
      <p id={hintId} className="as-of__hint">{hint ?? t('timeline.asOfHint')}</p>
    </div>
  );
};
