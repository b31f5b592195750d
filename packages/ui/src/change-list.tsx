import type { ReactNode } from 'react';

export type Change = {
  key: string;
  /** The field's name in the reader's language. */
  label: string;
  /** Already formatted for reading; null when there was no value. */
  before: ReactNode;
  after: ReactNode;
};

export type ChangeListProps = {
  changes: readonly Change[];
  labels: { before: string; after: string; empty: string };
  /** A creation has only values after, a deletion only values before; a change has both. */
  show?: 'both' | 'before' | 'after';
};

const Value = ({ value, empty }: { value: ReactNode; empty: string }) =>
  value === null || value === undefined || value === '' ? <span className="ct-changes__empty">{empty}</span> : <>{value}</>;

/** Each changed field with its value before and after, as in a record's history. */
export const ChangeList = ({ changes, labels, show = 'both' }: ChangeListProps) => (
  <ul className="ct-changes" data-show={show}>
    {changes.map((change) => (
      <li key={change.key} className="ct-changes__item">
        <span className="ct-changes__field">{change.label}</span>
        <span className="ct-changes__values">
          {show === 'after' ? null : (
            <span className="ct-changes__before">
              <span className="ct-visually-hidden">{labels.before}: </span>
              <Value value={change.before} empty={labels.empty} />
            </span>
          )}
          {show === 'both' ? <span className="ct-changes__arrow" aria-hidden="true">→</span> : null}
          {show === 'before' ? null : (
            <span className="ct-changes__after">
              <span className="ct-visually-hidden">{labels.after}: </span>
              <Value value={change.after} empty={labels.empty} />
            </span>
          )}
        </span>
      </li>
    ))}
  </ul>
);
