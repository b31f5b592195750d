import type { QualityFlagCode } from '@compact-tracker/domain';

export type QualityFlagBadgeProps = {
  code: QualityFlagCode;
  label: string;
  /** Longer explanation, shown on hover and read as the badge's description. */
  description?: string;
};

export const QualityFlagBadge = ({ code, label, description }: QualityFlagBadgeProps) => (
  <span className="ct-badge ct-flag" data-flag={code} title={description}>
    <span className="ct-flag__icon" aria-hidden="true">!</span>
    {label}
    {description ? <span className="ct-visually-hidden">: {description}</span> : null}
  </span>
);
