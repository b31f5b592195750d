import type { ActivityStatus } from '@compact-tracker/domain';

export type StatusBadgeProps = { status: ActivityStatus; label: string };

export const StatusBadge = ({ status, label }: StatusBadgeProps) => (
  <span className="ct-badge ct-status" data-status={status}>
    <span className="ct-status__dot" aria-hidden="true" />
    {label}
  </span>
);
