import { useId, type ReactNode } from 'react';

/** What a control needs so its label, hint and error are announced with it. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
};

export type FieldProps = {
  label: string;
  /** Short help shown under the label, e.g. "At least 12 characters". */
  hint?: string;
  /** Set when the value was refused; the control is marked invalid and described by it. */
  error?: string | undefined;
  /** Marks the label of a field that must be filled; the control itself should carry `required` too. */
  isRequired?: boolean;
  requiredLabel?: string;
  /** Renders the control with the ids and ARIA attributes that tie it to this label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
};

const joinIds = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export const Field = ({ label, hint, error, isRequired = false, requiredLabel, children }: FieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="ct-field" data-invalid={error ? true : undefined}>
      <label className="ct-field__label" htmlFor={id}>
        {label}
        {isRequired && requiredLabel ? <span className="ct-field__required"> ({requiredLabel})</span> : null}
      </label>
      {hint ? <p id={hintId} className="ct-field__hint">{hint}</p> : null}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': joinIds(hint && hintId, error && errorId) })}
      {error ? (
        <p id={errorId} className="ct-field__error">
          <span className="ct-field__error-icon" aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
    </div>
  );
};

export type FieldGroupProps = {
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** Lays the options out side by side rather than one under another. */
  isInline?: boolean;
  children: ReactNode;
};

/** A fieldset for radio buttons, check boxes or related inputs, with one legend, hint and error. */
export const FieldGroup = ({ legend, hint, error, isInline = false, children }: FieldGroupProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="ct-field ct-field-group"
      data-invalid={error ? true : undefined}
      aria-describedby={joinIds(hint && hintId, error && errorId)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="ct-field__label">{legend}</legend>
      {hint ? <p id={hintId} className="ct-field__hint">{hint}</p> : null}
      <div className={isInline ? 'ct-field-group__options ct-field-group__options--inline' : 'ct-field-group__options'}>{children}</div>
      {error ? (
        <p id={errorId} className="ct-field__error">
          <span className="ct-field__error-icon" aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
