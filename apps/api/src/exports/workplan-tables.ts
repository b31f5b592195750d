import {
  convertAgendaToZone,
  formatCalendarDay,
  formatDateSpan,
  formatUtcOffset,
  type ActivityDetailView,
  type AgendaItemView,
  type AgendaView,
  type Locale,
  type OrganisationView,
} from '@compact-tracker/domain';
import { DateTime } from 'luxon';
import { exportLabels, type ExportLabels } from './export-labels.js';
import type { Table, TableColumn } from './table-file.js';
import type { DocumentActivity } from './workplan-document.service.js';

/** The concept note gives every time in the event's zone and in Central European time for the Network's members in Europe. */
export const centralEuropeZone = 'Europe/Berlin';

const formatOrganisation = (organisation: OrganisationView) =>
  organisation.shortName && organisation.shortName !== organisation.name ? `${organisation.name} (${organisation.shortName})` : organisation.name;

export const getActivityColumns = (labels: ExportLabels, locale: Locale): TableColumn<ActivityDetailView>[] => [
  { header: labels.columns.title, width: 50, format: 'text', value: (activity) => activity.title },
  { header: labels.columns.kind, width: 18, format: 'text', value: (activity) => labels.activityKind[activity.kind] },
  { header: labels.columns.status, width: 14, format: 'text', value: (activity) => labels.status[activity.status] },
  { header: labels.columns.dateAsWritten, width: 36, format: 'text', value: (activity) => formatDateSpan(activity.dateSpan, locale) },
  { header: labels.columns.precision, width: 22, format: 'text', value: (activity) => labels.precision[activity.dateSpan.precision] },
  { header: labels.columns.earliestStart, width: 14, format: 'day', value: (activity) => activity.bounds.earliestStart },
  { header: labels.columns.latestEnd, width: 14, format: 'day', value: (activity) => activity.bounds.latestEnd },
  { header: labels.columns.leadOrganisations, width: 36, format: 'lines', value: (activity) => activity.leadOrganisations.map(formatOrganisation) },
  {
    header: labels.columns.participatingOrganisations,
    width: 36,
    format: 'lines',
    value: (activity) => activity.participatingOrganisations.map(formatOrganisation),
  },
  { header: labels.columns.objectives, width: 60, format: 'lines', value: (activity) => activity.objectives },
  {
    header: labels.columns.expectedDeliverables,
    width: 60,
    format: 'lines',
    value: (activity) => activity.expectedDeliverables.map((deliverable) => `${deliverable.title} (${labels.deliverableStatus[deliverable.status]})`),
  },
  { header: labels.columns.qualityFlags, width: 30, format: 'lines', value: (activity) => activity.qualityFlags.map((flag) => labels.qualityFlag[flag]) },
];

/** One agenda item with its times in the event's zone and in Central European time. */
export type AgendaRow = { agenda: AgendaView; item: AgendaItemView; centralEurope: { start: string; end: string } };

const toWallClock = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toFormat('HH:mm');

/** "CEST" in summer, "CET" in winter: the name Europeans use for the offset of that day. */
export const getCentralEuropeAbbreviation = (iso: string): string =>
  DateTime.fromISO(iso, { zone: centralEuropeZone }).offset === 120 ? 'CEST' : 'CET';

export const getAgendaRows = (activities: readonly DocumentActivity[]): AgendaRow[] =>
  activities.flatMap(({ agenda }) => {
    if (!agenda) return [];
    const central = convertAgendaToZone(agenda, centralEuropeZone);
    return agenda.items.map((item, index) => {
      const centralItem = central.items[index] as AgendaItemView;
      return { agenda, item, centralEurope: { start: centralItem.start, end: centralItem.end } };
    });
  });

export const formatZoneWithOffset = (zone: string, iso: string): string =>
  `${zone} (${formatUtcOffset(DateTime.fromISO(iso, { zone }))})`;

/** "Senior Adviser, Ministry of Justice, Sweden", with the organisation added only where the title does not name it. */
export const formatSpeakerRole = (speaker: Pick<AgendaItemView['speakers'][number], 'title' | 'organisation'>): string =>
  speaker.organisation && !speaker.title.includes(speaker.organisation) ? `${speaker.title}, ${speaker.organisation}` : speaker.title;

export const getAgendaColumns = (labels: ExportLabels, locale: Locale): TableColumn<AgendaRow>[] => [
  { header: labels.columns.event, width: 40, format: 'text', value: (row) => row.agenda.title },
  {
    header: labels.columns.date,
    width: 18,
    format: 'text',
    value: (row) => formatCalendarDay(DateTime.fromISO(row.item.start, { setZone: true }).toISODate() as string, locale),
  },
  { header: labels.columns.timeZone, width: 22, format: 'text', value: (row) => formatZoneWithOffset(row.agenda.eventTimeZone, row.item.start) },
  { header: labels.columns.timeInEventZone, width: 16, format: 'text', value: (row) => `${toWallClock(row.item.start)}–${toWallClock(row.item.end)}` },
  {
    header: labels.columns.timeInCentralEurope,
    width: 20,
    format: 'text',
    value: (row) =>
      `${toWallClock(row.centralEurope.start)}–${toWallClock(row.centralEurope.end)} ${getCentralEuropeAbbreviation(row.centralEurope.start)}`,
  },
  { header: labels.columns.minutes, width: 9, format: 'number', value: (row) => row.item.durationMinutes },
  { header: labels.columns.kind, width: 16, format: 'text', value: (row) => labels.agendaKind[row.item.kind] },
  { header: labels.columns.item, width: 50, format: 'text', value: (row) => row.item.title },
  {
    header: labels.columns.speakers,
    width: 60,
    format: 'lines',
    value: (row) =>
      row.item.speakers.map((speaker) => `${speaker.name} (${formatSpeakerRole(speaker)}), ${speaker.minutes} ${labels.minutesShort}`),
  },
  { header: labels.columns.qa, width: 14, format: 'text', value: (row) => (row.item.hasQa ? labels.yes : labels.no) },
];

export const getWorkplanTable = (activities: readonly DocumentActivity[], locale: Locale): Table<ActivityDetailView> => {
  const labels = exportLabels[locale];
  return { sheetName: labels.sheets.workplan, columns: getActivityColumns(labels, locale), rows: activities.map(({ activity }) => activity) };
};

export const getAgendaTable = (activities: readonly DocumentActivity[], locale: Locale): Table<AgendaRow> => {
  const labels = exportLabels[locale];
  return { sheetName: labels.sheets.agenda, columns: getAgendaColumns(labels, locale), rows: getAgendaRows(activities) };
};
