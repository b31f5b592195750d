import type { ActionPointView, Locale } from '@compact-tracker/domain';
import { exportLabels } from '../exports/export-labels.js';
import type { Table } from '../exports/table-file.js';

const formatOwner = (owner: ActionPointView['owner']) =>
  owner.shortName && owner.shortName !== owner.name ? `${owner.name} (${owner.shortName})` : owner.name;

/** The follow-up list as a table: one row per action point, in the list's order. */
export const getActionPointTable = (actionPoints: readonly ActionPointView[], locale: Locale): Table<ActionPointView> => {
  const labels = exportLabels[locale];
  return {
    sheetName: labels.sheets.actionPoints,
    rows: actionPoints,
    columns: [
      { header: labels.columns.title, width: 50, format: 'text', value: (point) => point.title },
      { header: labels.columns.owner, width: 36, format: 'text', value: (point) => formatOwner(point.owner) },
      { header: labels.columns.dueDate, width: 14, format: 'day', value: (point) => point.dueDate },
      { header: labels.columns.status, width: 14, format: 'text', value: (point) => labels.actionPointStatus[point.status] },
      { header: labels.columns.overdue, width: 12, format: 'text', value: (point) => (point.isOverdue ? labels.yes : labels.no) },
      { header: labels.columns.sourceActivity, width: 40, format: 'text', value: (point) => point.sourceActivity.title },
      { header: labels.columns.feedsActivity, width: 40, format: 'text', value: (point) => point.feedsActivity?.title ?? null },
    ],
  };
};
