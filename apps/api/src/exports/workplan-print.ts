import {
  formatCalendarDay,
  formatDateSpan,
  formatUtcOffset,
  type ActivityDetailView,
  type AgendaView,
  type Locale,
} from '@compact-tracker/domain';
import { DateTime } from 'luxon';
import { exportLabels, fillLabel, type ExportLabels } from './export-labels.js';
import { a4Frame, a4Page, createA4Document } from './print-document.js';
import { PrintCanvas, type Cell, type TextStyle } from './print-layout.js';
import { printColors, printTextStyles } from './print-styles.js';
import type { WorkplanDocument } from './workplan-document.service.js';
import { centralEuropeZone, getCentralEuropeAbbreviation } from './workplan-tables.js';

const colors = printColors;
const style = printTextStyles;

const page = a4Page;
const frame = a4Frame;

const activityColumnWidths = [106, 209, 92, 96.28];
const agendaColumnWidths = [64, 64, 190, 185.28];

const toWallClock = (iso: string, zone?: string) =>
  (zone ? DateTime.fromISO(iso, { zone }) : DateTime.fromISO(iso, { setZone: true })).toFormat('HH:mm');

type PrintInput = { document: WorkplanDocument; locale: Locale; generatedAt: Date };

const buildActivityRow = (canvas: PrintCanvas, activity: ActivityDetailView, labels: ExportLabels, locale: Locale): Cell[] => {
  const [dateWidth, activityWidth, statusWidth, leadWidth] = activityColumnWidths.map(PrintCanvas.cellWidth) as [number, number, number, number];
  const dateCell = [
    ...canvas.layout(formatDateSpan(activity.dateSpan, locale), style.body, dateWidth),
    ...canvas.layout(labels.precision[activity.dateSpan.precision], style.small, dateWidth),
  ];
  const activityCell = [
    ...canvas.layout(activity.title, style.bodyBold, activityWidth),
    ...canvas.layout(labels.activityKind[activity.kind], style.small, activityWidth),
  ];
  if (activity.objectives.length > 0) {
    activityCell.push(canvas.gap(2), ...canvas.layout(labels.columns.objectives, style.smallBold, activityWidth));
    for (const objective of activity.objectives) activityCell.push(...canvas.layout(objective, style.body, activityWidth, { bullet: '•' }));
  }
  if (activity.expectedDeliverables.length > 0) {
    activityCell.push(canvas.gap(2), ...canvas.layout(labels.columns.expectedDeliverables, style.smallBold, activityWidth));
    for (const deliverable of activity.expectedDeliverables) {
      activityCell.push(
        ...canvas.layout(`${deliverable.title} (${labels.deliverableStatus[deliverable.status]})`, style.body, activityWidth, { bullet: '•' }),
      );
    }
  }
  const statusCell = [
    ...canvas.layout(labels.status[activity.status], style.body, statusWidth),
    ...activity.qualityFlags.flatMap((flag) => canvas.layout(labels.qualityFlag[flag], style.warning, statusWidth)),
  ];
  const leads = activity.leadOrganisations.map((organisation) => organisation.shortName ?? organisation.name);
  const leadCell = leads.length > 0 ? leads.flatMap((lead) => canvas.layout(lead, style.body, leadWidth)) : canvas.layout(labels.print.none, style.small, leadWidth);
  return [dateCell, activityCell, statusCell, leadCell];
};

const writeAgenda = (canvas: PrintCanvas, agenda: AgendaView, labels: ExportLabels, locale: Locale): void => {
  const eventStart = DateTime.fromISO(agenda.windowStart, { setZone: true });
  const eventOffset = formatUtcOffset(eventStart);
  const centralAbbreviation = getCentralEuropeAbbreviation(agenda.windowStart);
  const day = eventStart.toISODate() as string;
  const window =
    `${formatCalendarDay(day, locale)}, ${toWallClock(agenda.windowStart)}–${toWallClock(agenda.windowEnd)} ${eventOffset} ` +
    `(${agenda.eventTimeZone}) = ${toWallClock(agenda.windowStart, centralEuropeZone)}–${toWallClock(agenda.windowEnd, centralEuropeZone)} ${centralAbbreviation}`;

  canvas.y += 14;
  const headingLines = [
    ...canvas.layout(labels.print.agenda, style.heading, frame.width),
    ...canvas.layout(agenda.title, style.subheading, frame.width),
    ...canvas.layout(window, style.meta, frame.width),
    ...(agenda.platform ? canvas.layout(`${labels.print.platform}: ${agenda.platform}`, style.meta, frame.width) : []),
  ];
  // Keep the heading with at least a few rows of its table.
  canvas.ensureSpace(headingLines.reduce((total, line) => total + line.height, 0) + 80);
  canvas.writeLines(headingLines);
  canvas.y += 6;

  const [eventWidth, centralWidth, itemWidth, speakersWidth] = agendaColumnWidths.map(PrintCanvas.cellWidth) as [number, number, number, number];
  const header = [
    canvas.layout(eventOffset, style.tableHeader, eventWidth),
    canvas.layout(centralAbbreviation, style.tableHeader, centralWidth),
    canvas.layout(labels.columns.item, style.tableHeader, itemWidth),
    canvas.layout(labels.columns.speakers, style.tableHeader, speakersWidth),
  ];
  const rows = agenda.items.map((item): Cell[] => {
    const itemDetails = [labels.agendaKind[item.kind], `${item.durationMinutes} ${labels.minutesShort}`, ...(item.hasQa ? [labels.columns.qa] : [])];
    const speakers = item.speakers.flatMap((speaker) => [
      ...canvas.layout(`${speaker.name}${speaker.organisation ? ` (${speaker.organisation})` : ''} · ${speaker.minutes} ${labels.minutesShort}`, style.body, speakersWidth),
      ...canvas.layout(speaker.title, style.small, speakersWidth),
    ]);
    return [
      canvas.layout(`${toWallClock(item.start)}–${toWallClock(item.end)}`, style.body, eventWidth),
      canvas.layout(`${toWallClock(item.start, centralEuropeZone)}–${toWallClock(item.end, centralEuropeZone)}`, style.body, centralWidth),
      [...canvas.layout(item.title, style.bodyBold, itemWidth), ...canvas.layout(itemDetails.join(' · '), style.small, itemWidth)],
      speakers,
    ];
  });
  canvas.drawTable(header, rows, agendaColumnWidths);
};

const writeFooters = (canvas: PrintCanvas, labels: ExportLabels, generatedOn: string): void => {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  const top = page.height - page.margin - page.footerHeight + 12;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    canvas.y = top;
    const pageLabel = fillLabel(labels.print.pageOf, { page: index - range.start + 1, pages: range.count });
    const [pageLine] = canvas.layout(pageLabel, style.footer, frame.width);
    const [generatedLine] = canvas.layout(fillLabel(labels.print.generatedOn, { date: generatedOn }), style.footer, frame.width - 90);
    if (generatedLine) canvas.drawLine(generatedLine, frame.left, top);
    if (pageLine) {
      const width = pageLine.runs.reduce((total, run) => total + run.width, 0);
      canvas.drawLine(pageLine, frame.left + frame.width - width, top);
    }
  }
};

/** The print-ready workplan: title block, the activities as a table, each event's agenda, numbered pages. */
export const renderWorkplanPdf = async ({ document, locale, generatedAt }: PrintInput): Promise<Buffer> => {
  const labels = exportLabels[locale];
  const { workplan } = document;
  const { doc, finished } = createA4Document({ title: workplan.title, author: workplan.network.name, subject: fillLabel(labels.print.asOf, { date: formatCalendarDay(document.asOf, locale) }), locale, generatedAt });

  const canvas = new PrintCanvas(doc, frame);
  canvas.writeLines(canvas.layout(workplan.network.name, style.network, frame.width));
  canvas.y += 2;
  canvas.writeLines(canvas.layout(workplan.title, style.title, frame.width));
  canvas.y += 2;
  canvas.writeLines(canvas.layout(fillLabel(labels.print.asOf, { date: formatCalendarDay(document.asOf, locale) }), style.subheading, frame.width));
  const coChairs = workplan.network.coChairs.map((organisation) =>
    organisation.shortName ? `${organisation.name} (${organisation.shortName})` : organisation.name,
  );
  if (coChairs.length > 0) canvas.writeLines(canvas.layout(`${labels.print.coChairs}: ${coChairs.join('; ')}`, style.meta, frame.width));
  if (workplan.source) canvas.writeLines(canvas.layout(`${labels.print.source}: ${workplan.source}`, style.meta, frame.width));
  canvas.y += 8;
  canvas.rule();
  canvas.y += 10;

  canvas.writeLines(canvas.layout(labels.print.activities, style.heading, frame.width));
  canvas.y += 4;
  const [dateWidth, activityWidth, statusWidth, leadWidth] = activityColumnWidths.map(PrintCanvas.cellWidth) as [number, number, number, number];
  const header = [
    canvas.layout(labels.columns.dateAsWritten, style.tableHeader, dateWidth),
    canvas.layout(labels.print.activity, style.tableHeader, activityWidth),
    canvas.layout(labels.columns.status, style.tableHeader, statusWidth),
    canvas.layout(labels.columns.leadOrganisations, style.tableHeader, leadWidth),
  ];
  canvas.drawTable(
    header,
    document.activities.map(({ activity }) => buildActivityRow(canvas, activity, labels, locale)),
    activityColumnWidths,
  );

  for (const { agenda } of document.activities) {
    if (agenda && agenda.items.length > 0) writeAgenda(canvas, agenda, labels, locale);
  }

  const generated = DateTime.fromJSDate(generatedAt, { zone: 'utc' });
  writeFooters(canvas, labels, `${formatCalendarDay(generated.toISODate() as string, locale)}, ${generated.toFormat('HH:mm')} UTC`);
  doc.end();
  return finished;
};
