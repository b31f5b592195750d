import { ConflictNotice } from '@compact-tracker/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../lib/api-client';
import { ErrorState } from './query-states';

type DeleteConfirmationProps = {
  className: string;
  /** Said when someone else changed the item first; reloading lets the reader confirm against the latest version. */
  conflictMessage: string;
  isReloading: boolean;
  onReload: () => void;
  /** The delete's error, if it failed. */
  error: unknown;
  /** Shown after the errors, e.g. which version was reloaded. */
  notice?: ReactNode;
  /** What will be deleted; it also describes the confirm button. */
  body: string;
  confirmLabel: string;
  pendingLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Off where the panel moves focus to its own heading instead. */
  isCancelFocused?: boolean;
};

/** Asks before deleting: what goes, a danger button to confirm and Cancel; explains a lost version race or any other failure. */
export const DeleteConfirmation = ({
  className,
  conflictMessage,
  isReloading,
  onReload,
  error,
  notice,
  body,
  confirmLabel,
  pendingLabel,
  isPending,
  onConfirm,
  onCancel,
  isCancelFocused = true,
}: DeleteConfirmationProps) => {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <div className={className}>
      {isVersionConflict(error) ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={conflictMessage}
          reloadLabel={t('conflict.reload')}
          reloadingLabel={t('conflict.reloading')}
          isReloading={isReloading}
          onReload={onReload}
        />
      ) : error ? (
        <ErrorState error={error} headingLevel={3} />
      ) : null}
      {notice}
      <p id={bodyId}>{body}</p>
      <div className="form__actions">
        <button type="button" className="button button--danger" aria-describedby={bodyId} disabled={isPending} onClick={onConfirm}>
          {isPending ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus={isCancelFocused}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
};
