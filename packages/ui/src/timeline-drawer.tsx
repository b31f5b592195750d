import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TimelineDrawerProps = {
  isOpen: boolean;
  title: ReactNode;
  /** Small line above the title, e.g. the activity's kind. */
  eyebrow?: ReactNode;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
};

const focusableSelector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A side panel with dialog semantics: focus moves to its title when it opens and stays inside while it is open,
 * Escape or the close button closes it, and focus goes back to whatever had it before (e.g. the timeline row).
 */
export const TimelineDrawer = ({ isOpen, title, eyebrow, closeLabel, onClose, children }: TimelineDrawerProps) => {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const previous = document.activeElement;
    titleRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [isOpen]);

  if (!isOpen) return null;

  const keepFocusInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const focusable = [...panelRef.current.querySelectorAll<HTMLElement>(focusableSelector)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="ct-drawer">
      <div className="ct-drawer__backdrop" onClick={onClose} aria-hidden="true" />
      <div ref={panelRef} className="ct-drawer__panel" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={keepFocusInside}>
        <div className="ct-drawer__head">
          <div className="ct-drawer__titles">
            {eyebrow ? <p className="ct-drawer__eyebrow">{eyebrow}</p> : null}
            <h2 id={titleId} ref={titleRef} className="ct-drawer__title" tabIndex={-1}>{title}</h2>
          </div>
          <button type="button" className="ct-drawer__close" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span className="ct-visually-hidden">{closeLabel}</span>
          </button>
        </div>
        <div className="ct-drawer__body">{children}</div>
      </div>
    </div>
  );
};
