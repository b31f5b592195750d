import type { ReactNode } from 'react';

export type ConflictNoticeProps = {
  title: string;
  /** What happened and what the reader should do; their work is never thrown away. */
  message: string;
  reloadLabel: string;
  onReload: () => void;
  isReloading?: boolean;
  reloadingLabel?: string;
  /** Anything more to show, e.g. the reader's edits against the latest saved values. */
  children?: ReactNode;
};

/** Shown when a save lost a version race: someone else saved first. */
export const ConflictNotice = ({ title, message, reloadLabel, onReload, isReloading = false, reloadingLabel, children }: ConflictNoticeProps) => (
  <div className="ct-conflict" role="alert">
    <p className="ct-conflict__title">{title}</p>
    <p className="ct-conflict__message">{message}</p>
    {children}
    <div>
      <button type="button" className="ct-conflict__button" onClick={onReload} disabled={isReloading} aria-disabled={isReloading || undefined}>
        {isReloading && reloadingLabel ? reloadingLabel : reloadLabel}
      </button>
    </div>
  </div>
);
