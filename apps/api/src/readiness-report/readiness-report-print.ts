import {
  formatCalendarDay,
  voluntaryReviewOutline,
  type ActionPointView,
  type DataGapGroup,
  type Locale,
  type ReadinessCriterionView,
  type ReadinessStatus,
  type ReadinessView,
} from '@compact-tracker/domain';
import { DateTime } from 'luxon';
import { fillLabel } from '../exports/export-labels.js';
import { getFontName } from '../exports/print-fonts.js';
import { a4Frame, a4Page, createA4Document } from '../exports/print-document.js';
import { PrintCanvas, type Cell, type Line, type TextStyle } from '../exports/print-layout.js';
import { printColors, printTextStyles } from '../exports/print-styles.js';
import { readinessReportLabels, type ReadinessReportLabels } from './readiness-report-labels.js';
import {
  describeCommentCount,
  describeCountdown,
  describeEvidence,
  describeFigures,
  formatInstantDay,
  getCriterionTitle,
} from './readiness-report-wording.js';
import type { ReadinessReportDocument } from './readiness-report.service.js';

const colors = { ...printColors, draft: '#b42318' };

/** Status in text and in colour, never colour alone. The colours keep 4.5:1 on white. */
const statusColors: Record<ReadinessStatus, string> = { met: '#1d5e33', partly_met: '#6b4a00', not_met: '#8a1f1f' };

const style = {
  ...printTextStyles,
  countdown: { size: 13, weight: 'bold', color: colors.accent },
  gridHeader: { size: 6.5, weight: 'bold', color: colors.text },
  gridBody: { size: 6.5, weight: 'regular', color: colors.text },
  gridEmpty: { size: 6.5, weight: 'regular', color: colors.muted },
  draftMark: { size: 8.5, weight: 'bold', color: colors.draft },
} satisfies Record<string, TextStyle>;

const statusStyle = (status: ReadinessStatus): TextStyle => ({ size: 8.5, weight: 'bold', color: statusColors[status] });

const page = a4Page;
const frame = a4Frame;

const criterionColumnWidths = [197.28, 96, 100, 110];
const gridColumnWidths = [173.28, ...Array.from({ length: 10 }, () => 33)];
const gapColumnWidths = [150, 175, 38, 140.28];
const actionPointColumnWidths = [190, 90, 90, 133.28];

type PrintInput = { document: ReadinessReportDocument; locale: Locale; generatedAt: Date };
type Writer = { canvas: PrintCanvas; labels: ReadinessReportLabels; locale: Locale };

const cellWidths = (widths: readonly number[]) => widths.map(PrintCanvas.cellWidth);
const organisationName = (organisation: { name: string; shortName: string | null }) =>
  organisation.shortName ? `${organisation.name} (${organisation.shortName})` : organisation.name;

const writeHeading = ({ canvas }: Writer, text: string, keepWith = 80): void => {
  canvas.y += 14;
  const lines = canvas.layout(text, style.heading, frame.width);
  canvas.ensureSpace(lines.reduce((total, line) => total + line.height, 0) + keepWith);
  canvas.writeLines(lines);
  canvas.y += 4;
};

const writeParagraph = ({ canvas }: Writer, text: string, textStyle: TextStyle = style.body): void => {
  canvas.writeLines(canvas.layout(text, textStyle, frame.width));
};

const writeTitleBlock = (writer: Writer, document: ReadinessReportDocument): void => {
  const { canvas, labels, locale } = writer;
  const { readiness } = document;
  writeParagraph(writer, document.networkName, style.network);
  canvas.y += 2;
  writeParagraph(writer, labels.title, style.title);
  canvas.y += 4;
  writeParagraph(writer, describeCountdown(readiness.countdown, labels, locale), style.countdown);
  const asOfDate = formatCalendarDay(readiness.asOf.day, locale);
  writeParagraph(writer, fillLabel(readiness.asOf.isPast ? labels.asOfPast : labels.asOf, { date: asOfDate }), style.meta);
  if (readiness.asOf.isBeforeHistory) {
    writeParagraph(writer, fillLabel(labels.beforeHistory, { date: formatInstantDay(readiness.asOf.historyBeginsAt, readiness.asOf.timeZone, locale) }), style.meta);
  }
  canvas.y += 8;
  canvas.rule();
};

const writeSummary = (writer: Writer, readiness: ReadinessView): void => {
  const { labels, locale } = writer;
  const { totals, review } = readiness;
  writeHeading(writer, labels.sections.summary, 40);
  const counts = fillLabel(labels.summary.criteria, { count: totals.criterionCount, met: totals.met, partlyMet: totals.partlyMet, notMet: totals.notMet });
  writeParagraph(writer, totals.overdue > 0 ? `${counts}; ${fillLabel(labels.summary.overdue, { count: totals.overdue })}` : counts, style.bodyBold);
  writeParagraph(writer, `${fillLabel(labels.summary.review, { status: labels.reviewStatus[review.status] })}: ${fillLabel(labels.summary.reviewCounts, totals)}`);
  if (review.status === 'signed_off' && review.signedOffAt) {
    writeParagraph(
      writer,
      fillLabel(labels.summary.signedOff, { date: formatInstantDay(review.signedOffAt, readiness.asOf.timeZone, locale), name: review.signedOffBy?.displayName ?? '' }),
      style.bodyBold,
    );
    if (review.signOffNote) writeParagraph(writer, fillLabel(labels.summary.signOffNote, { note: review.signOffNote }));
  } else if (review.returnedCriterionIds.length > 0) {
    writeParagraph(writer, labels.summary.signOffBlocked, style.warning);
  }
};

const buildCriterionRow = ({ canvas, labels, locale }: Writer, criterion: ReadinessCriterionView, timeZone: string): Cell[] => {
  const [criterionWidth, statusWidth, ownerWidth, reviewWidth] = cellWidths(criterionColumnWidths) as [number, number, number, number];
  const criterionCell: Line[] = [
    ...canvas.layout(getCriterionTitle(criterion, labels), style.bodyBold, criterionWidth),
    ...canvas.layout(criterion.kind === 'computed' ? labels.criterion.computed : labels.criterion.evidenceBased, style.small, criterionWidth),
    ...describeFigures(criterion.figures, labels).flatMap((line) => canvas.layout(line, style.body, criterionWidth)),
    canvas.gap(2),
    ...canvas.layout(labels.criterion.evidence, style.smallBold, criterionWidth),
  ];
  if (criterion.evidence.length === 0) criterionCell.push(...canvas.layout(labels.criterion.noEvidence, style.small, criterionWidth));
  for (const link of criterion.evidence) criterionCell.push(...canvas.layout(describeEvidence(link, labels), style.body, criterionWidth, { bullet: '•' }));

  const ownerCell = [
    ...canvas.layout(criterion.owner ? organisationName(criterion.owner) : labels.criterion.noOwner, style.body, ownerWidth),
    ...canvas.layout(criterion.dueDate ? fillLabel(labels.criterion.due, { date: formatCalendarDay(criterion.dueDate, locale) }) : labels.criterion.noDueDate, style.small, ownerWidth),
    ...(criterion.isOverdue ? canvas.layout(labels.criterion.overdue, style.warning, ownerWidth) : []),
  ];

  const { review } = criterion;
  const reviewCell = [
    ...canvas.layout(labels.reviewState[review.state], style.bodyBold, reviewWidth),
    ...(review.returnReason ? canvas.layout(fillLabel(labels.criterion.lastReturn, { reason: review.returnReason }), style.body, reviewWidth) : []),
    ...(review.reviewedAt && review.reviewedBy
      ? canvas.layout(fillLabel(labels.criterion.reviewedBy, { name: review.reviewedBy.displayName, date: formatInstantDay(review.reviewedAt, timeZone, locale) }), style.small, reviewWidth)
      : []),
    ...(criterion.commentCount > 0 ? canvas.layout(describeCommentCount(criterion.commentCount, labels), style.small, reviewWidth) : []),
  ];
  return [criterionCell, canvas.layout(labels.status[criterion.status], statusStyle(criterion.status), statusWidth), ownerCell, reviewCell];
};

const writeCriteria = (writer: Writer, readiness: ReadinessView): void => {
  const { canvas, labels } = writer;
  writeHeading(writer, labels.sections.criteria);
  if (readiness.criteria.length === 0) {
    writeParagraph(writer, labels.none);
    return;
  }
  const widths = cellWidths(criterionColumnWidths);
  const header = [labels.columns.criterion, labels.columns.status, labels.columns.ownerAndDue, labels.columns.review].map((text, index) =>
    canvas.layout(text, style.tableHeader, widths[index] as number),
  );
  canvas.drawTable(
    header,
    readiness.criteria.map((criterion) => buildCriterionRow(writer, criterion, readiness.asOf.timeZone)),
    criterionColumnWidths,
  );
};

const writeGrid = (writer: Writer, document: ReadinessReportDocument): void => {
  const { canvas, labels } = writer;
  const { grid } = document;
  canvas.newPage();
  writeHeading(writer, labels.sections.grid);
  writeParagraph(writer, labels.grid.intro, style.small);
  canvas.y += 4;
  const [objectiveWidth, principleWidth] = cellWidths(gridColumnWidths) as [number, number];
  const header = [
    canvas.layout(`${labels.grid.objective} \\ ${labels.grid.legend}`, style.gridHeader, objectiveWidth),
    ...grid.principles.map((principle) => canvas.layout(`P${principle.number}`, style.gridHeader, principleWidth)),
  ];
  const cellsOf = new Map(grid.cells.map((cell) => [`${cell.objectiveNumber}:${cell.principleNumber}`, cell]));
  const rows = grid.objectives.map((objective): Cell[] => [
    canvas.layout(`${objective.number}. ${objective.title}`, style.gridBody, objectiveWidth),
    ...grid.principles.map((principle) => {
      const cell = cellsOf.get(`${objective.number}:${principle.number}`);
      const isEmpty = !cell || cell.activityCount + cell.indicatorWithBaselineCount + cell.withoutBaselineCount === 0;
      return isEmpty
        ? canvas.layout(labels.grid.empty, style.gridEmpty, principleWidth)
        : canvas.layout(`${cell.activityCount}/${cell.indicatorWithBaselineCount}/${cell.withoutBaselineCount}`, style.gridBody, principleWidth);
    }),
  ]);
  canvas.drawTable(header, rows, gridColumnWidths);
  canvas.y += 6;
  const legend = grid.principles.map((principle) => `P${principle.number}: ${labels.principles[principle.number - 1] ?? principle.name}`).join(' · ');
  writeParagraph(writer, `${labels.grid.principles}: ${legend}`, style.small);
};

const writeDataGaps = (writer: Writer, groups: readonly DataGapGroup[]): void => {
  const { canvas, labels } = writer;
  writeHeading(writer, labels.sections.dataGaps, 40);
  writeParagraph(writer, labels.dataGaps.intro, style.small);
  canvas.y += 4;
  if (groups.length === 0) {
    writeParagraph(writer, labels.dataGaps.none);
    return;
  }
  const widths = cellWidths(gapColumnWidths);
  const [objectiveWidth, indicatorWidth, yearWidth, reasonWidth] = widths as [number, number, number, number];
  const header = [labels.columns.objective, labels.columns.indicator, labels.columns.year, labels.columns.reason].map((text, index) =>
    canvas.layout(text, style.tableHeader, widths[index] as number),
  );
  const rows = groups.flatMap((group) =>
    group.gaps.map((gap): Cell[] => [
      canvas.layout(group.objective ? `${group.objective.number}. ${group.objective.title}` : labels.dataGaps.untagged, style.small, objectiveWidth),
      [...canvas.layout(gap.code, style.bodyBold, indicatorWidth), ...canvas.layout(gap.name, style.body, indicatorWidth)],
      canvas.layout(String(gap.referenceYear), style.body, yearWidth),
      canvas.layout(gap.reason, style.body, reasonWidth),
    ]),
  );
  canvas.drawTable(header, rows, gapColumnWidths);
};

const writeActionPoints = (writer: Writer, actionPoints: readonly ActionPointView[]): void => {
  const { canvas, labels, locale } = writer;
  writeHeading(writer, labels.sections.actionPoints, 40);
  writeParagraph(writer, labels.actionPoints.intro, style.small);
  canvas.y += 4;
  if (actionPoints.length === 0) {
    writeParagraph(writer, labels.actionPoints.none);
    return;
  }
  const widths = cellWidths(actionPointColumnWidths);
  const [titleWidth, ownerWidth, dueWidth, sourceWidth] = widths as [number, number, number, number];
  const header = [labels.columns.actionPoint, labels.columns.owner, labels.columns.due, labels.columns.source].map((text, index) =>
    canvas.layout(text, style.tableHeader, widths[index] as number),
  );
  const rows = actionPoints.map((actionPoint): Cell[] => [
    [...canvas.layout(actionPoint.title, style.bodyBold, titleWidth), ...canvas.layout(labels.actionPointStatus[actionPoint.status], style.small, titleWidth)],
    canvas.layout(actionPoint.owner.shortName ?? actionPoint.owner.name, style.body, ownerWidth),
    [
      ...canvas.layout(formatCalendarDay(actionPoint.dueDate, locale), style.body, dueWidth),
      ...(actionPoint.isOverdue ? canvas.layout(labels.actionPoints.overdue, style.warning, dueWidth) : []),
    ],
    canvas.layout(actionPoint.sourceActivity.title, style.body, sourceWidth),
  ]);
  canvas.drawTable(header, rows, actionPointColumnWidths);
};

/** The outline on pages of its own; answers the index of its first page, so each of its pages can be marked DRAFT. */
const writeOutline = (writer: Writer, readiness: ReadinessView): number => {
  const { canvas, labels, locale } = writer;
  canvas.newPage();
  const firstPage = canvas.doc.bufferedPageRange().count - 1;
  writeHeading(writer, labels.outline.heading, 40);
  writeParagraph(writer, voluntaryReviewOutline.note[locale], style.warning);
  for (const [index, section] of voluntaryReviewOutline.sections.entries()) {
    canvas.y += 10;
    const headingLines = canvas.layout(`${index + 1}. ${section.title[locale]}`, style.subheading, frame.width);
    canvas.ensureSpace(headingLines.reduce((total, line) => total + line.height, 0) + 50);
    canvas.writeLines(headingLines);
    writeParagraph(writer, section.prompt[locale], style.body);
    canvas.y += 2;
    writeParagraph(writer, labels.outline.related, style.smallBold);
    const related = readiness.criteria.filter((criterion) => criterion.key !== null && section.criterionKeys.includes(criterion.key));
    if (related.length === 0) writeParagraph(writer, labels.outline.noRelated, style.small);
    for (const criterion of related) {
      canvas.writeLines(canvas.layout(`${getCriterionTitle(criterion, labels)}: ${labels.status[criterion.status]}`, style.body, frame.width, { bullet: '•' }));
    }
  }
  return firstPage;
};

/** A pale diagonal DRAFT across the page and a red line above the frame: the outline cannot pass for a final text. */
const markDraftPage = (canvas: PrintCanvas, labels: ReadinessReportLabels): void => {
  const { doc } = canvas;
  const [markLine] = canvas.layout(labels.outline.draftMark, style.draftMark, frame.width);
  if (markLine) canvas.drawLine(markLine, frame.left, page.margin - 24);
  doc.save();
  doc.rotate(-35, { origin: [page.width / 2, page.height / 2] });
  doc
    .font(getFontName('latin', 'bold'))
    .fontSize(110)
    .fillColor(colors.draft)
    .fillOpacity(0.08)
    .text('DRAFT', page.width / 2 - 190, page.height / 2 - 60, { lineBreak: false });
  doc.restore();
};

const writeFooters = (canvas: PrintCanvas, labels: ReadinessReportLabels, generatedOn: string, draftFromPage: number): void => {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  const top = page.height - page.margin - page.footerHeight + 12;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    if (index - range.start >= draftFromPage) markDraftPage(canvas, labels);
    const [pageLine] = canvas.layout(fillLabel(labels.pageOf, { page: index - range.start + 1, pages: range.count }), style.footer, frame.width);
    const [generatedLine] = canvas.layout(fillLabel(labels.generatedOn, { date: generatedOn }), style.footer, frame.width - 90);
    if (generatedLine) canvas.drawLine(generatedLine, frame.left, top);
    if (pageLine) canvas.drawLine(pageLine, frame.left + frame.width - pageLine.runs.reduce((total, run) => total + run.width, 0), top);
  }
};

/**
 * The print-ready readiness report: title block with the countdown, summary, the criteria with their evidence and
 * review, the readiness grid, the data-gap register, the open action points, and the draft outline of a voluntary
 * GCM review (every page of it marked DRAFT); numbered pages.
 */
export const renderReadinessReportPdf = async ({ document, locale, generatedAt }: PrintInput): Promise<Buffer> => {
  const labels = readinessReportLabels[locale];
  const { doc, finished } = createA4Document({ title: labels.title, author: document.networkName, subject: fillLabel(labels.asOf, { date: formatCalendarDay(document.readiness.asOf.day, locale) }), locale, generatedAt });

  const writer: Writer = { canvas: new PrintCanvas(doc, frame), labels, locale };
  writeTitleBlock(writer, document);
  writeSummary(writer, document.readiness);
  writeCriteria(writer, document.readiness);
  writeGrid(writer, document);
  writeDataGaps(writer, document.dataGaps);
  writeActionPoints(writer, document.openActionPoints);
  if (document.readiness.asOf.isPast) {
    writer.canvas.y += 8;
    writeParagraph(writer, labels.currentNote, style.small);
  }
  const draftFromPage = writeOutline(writer, document.readiness);

  const generated = DateTime.fromJSDate(generatedAt, { zone: 'utc' });
  writeFooters(writer.canvas, labels, `${formatCalendarDay(generated.toISODate() as string, locale)}, ${generated.toFormat('HH:mm')} UTC`, draftFromPage);
  doc.end();
  return finished;
};
