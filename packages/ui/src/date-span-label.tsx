import type { DatePrecision } from '@compact-tracker/domain';

export type DateSpanLabelProps = {
  /** The span already rendered in the reader's language, e.g. "June/July 2021". */
  text: string;
  precision: DatePrecision;
  /** A machine-readable value for `<time>` when the span is one valid HTML date or month. */
  dateTime?: string;
  /** Shown next to an undecided choice of months so nobody reads it as settled. */
  tentativeLabel?: string;
};

export const DateSpanLabel = ({ text, precision, dateTime, tentativeLabel }: DateSpanLabelProps) => {
  const isTentative = precision === 'month-choice';
  return (
    <span className="ct-date" data-precision={precision} data-tentative={isTentative || undefined}>
      {dateTime ? <time dateTime={dateTime}>{text}</time> : <span>{text}</span>}
      {isTentative && tentativeLabel ? <span className="ct-date__tentative">{tentativeLabel}</span> : null}
    </span>
  );
};
