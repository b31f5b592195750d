export { AgendaTable } from './agenda-table';
export type {
  AgendaFindingNote,
  AgendaFindingSeverity,
  AgendaRow,
  AgendaSpeaker,
  AgendaTableLabels,
  AgendaTableProps,
  AgendaTime,
  AgendaZoneColumn,
} from './agenda-table';
export { DateSpanLabel } from './date-span-label';
export type { DateSpanLabelProps } from './date-span-label';
export { QualityFlagBadge } from './quality-flag-badge';
export type { QualityFlagBadgeProps } from './quality-flag-badge';
export { StatusBadge } from './status-badge';
export type { StatusBadgeProps } from './status-badge';
export { Timeline } from './timeline';
export type { TimelineBar, TimelineLabels, TimelineMilestone, TimelineMonth, TimelineProps, TimelineRow } from './timeline';
export { TimelineDrawer } from './timeline-drawer';
export type { TimelineDrawerProps } from './timeline-drawer';
export { ChangeList } from './change-list';
export type { Change, ChangeListProps } from './change-list';
export { ConflictNotice } from './conflict-notice';
export type { ConflictNoticeProps } from './conflict-notice';
export { Field, FieldGroup } from './field';
export type { FieldControlProps, FieldGroupProps, FieldProps } from './field';
