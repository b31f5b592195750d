import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type FilterOption<T extends string> = { value: T; label: string; count: number };

type FilterMenuProps<T extends string> = {
  label: string;
  options: readonly FilterOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
};

/**
 * A labelled group of checkboxes behind a disclosure button, so three filters fit on one line. Nothing selected
 * means no filtering. Escape or a click elsewhere closes it.
 */
export const FilterMenu = <T extends string>({ label, options, selected, onChange }: FilterMenuProps<T>) => {
  const { t } = useTranslation();
  const detailsRef = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const closeOnOutsideClick = (event: PointerEvent) => {
      const details = detailsRef.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, []);

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = detailsRef.current;
    if (event.key !== 'Escape' || !details?.open) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  const toggle = (value: T, isChecked: boolean) =>
    onChange(options.map((option) => option.value).filter((candidate) => (candidate === value ? isChecked : selected.includes(candidate))));

  const firstSelected = options.find((option) => selected.includes(option.value));
  const summary =
    selected.length === 0 ? t('timeline.filterAll') : selected.length === 1 && firstSelected ? firstSelected.label : t('timeline.filterSelected', { count: selected.length });

  return (
    <details ref={detailsRef} className="filter-menu" data-active={selected.length > 0 || undefined} onKeyDown={closeOnEscape}>
      <summary className="filter-menu__summary">
        <span className="filter-menu__label">{label}</span>
        <span className="filter-menu__value">{summary}</span>
      </summary>
      <fieldset className="filter-menu__panel">
        <legend className="ct-visually-hidden">{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="filter-menu__option">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <span className="filter-menu__option-label">{option.label}</span>{' '}
            <span className="filter-menu__count">{option.count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
};
