import { getFontName, loadPrintFonts, splitIntoRuns, type FontWeight } from './print-fonts.js';

/**
 * Just enough text layout on top of pdfkit for mixed-script text: words are broken into runs by script, each run
 * measured in its own font, lines broken greedily, and every run set on one shared baseline. pdfkit's own wrapping
 * works with one font at a time, so it would draw Georgian in a Latin font (empty boxes) or the other way round.
 */
export type TextStyle = { size: number; weight: FontWeight; color: string };

type PlacedRun = { fontName: string; text: string; width: number };

export type Line = {
  /** A bullet, set in the hanging indent of the first line of a paragraph. */
  prefix: PlacedRun[];
  runs: PlacedRun[];
  indent: number;
  height: number;
  style: TextStyle;
};

/** One cell of a table: its lines, top to bottom. */
export type Cell = Line[];

export type PageFrame = { left: number; top: number; width: number; bottom: number };

const lineHeightFactor = 1.42;
const baselineFactor = 1.08;
const cellPadding = { x: 4, y: 3.5 };
const ruleColor = '#c9d1db';
const headerFill = '#e8edf3';
const splittableRowHeight = 160;
const minimumSplitRoom = 110;

const sumWidths = (runs: readonly PlacedRun[]) => runs.reduce((total, run) => total + run.width, 0);
const cellHeight = (cell: Cell) => cell.reduce((total, line) => total + line.height, 0);

export class PrintCanvas {
  /** Top of the next thing to draw on the current page. */
  y: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly frame: PageFrame,
  ) {
    for (const [name, font] of loadPrintFonts()) doc.registerFont(name, font);
    this.y = frame.top;
  }

  private measure(text: string, fontName: string, size: number): number {
    return this.doc.font(fontName).fontSize(size).widthOfString(text);
  }

  private placeRuns(text: string, style: TextStyle): PlacedRun[] {
    return splitIntoRuns(text).map(({ face, text: runText }) => {
      const fontName = getFontName(face, style.weight);
      return { fontName, text: runText, width: this.measure(runText, fontName, style.size) };
    });
  }

  /** A word too wide for a whole line is cut between characters. */
  private cutToWidth(word: string, style: TextStyle, width: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const character of word) {
      if (piece && sumWidths(this.placeRuns(piece + character, style)) > width) {
        pieces.push(piece);
        piece = '';
      }
      piece += character;
    }
    if (piece) pieces.push(piece);
    return pieces;
  }

  /** Breaks text into lines of at most `width` points; "\n" starts a new paragraph, each with its own bullet. */
  layout(text: string, style: TextStyle, width: number, options: { bullet?: string } = {}): Line[] {
    const height = style.size * lineHeightFactor;
    const prefix = options.bullet ? this.placeRuns(`${options.bullet} `, style) : [];
    const indent = sumWidths(prefix);
    const contentWidth = Math.max(width - indent, style.size);
    const lines: Line[] = [];
    for (const paragraph of text.split('\n')) {
      let runs: PlacedRun[] = [];
      let isFirstLine = true;
      const flush = () => {
        lines.push({ prefix: isFirstLine ? prefix : [], runs, indent, height, style });
        runs = [];
        isFirstLine = false;
      };
      const words = (paragraph.match(/\S+\s*/g) ?? ['']).flatMap((word) =>
        sumWidths(this.placeRuns(word.trimEnd(), style)) > contentWidth ? this.cutToWidth(word, style, contentWidth) : [word],
      );
      for (const word of words) {
        // Trailing spaces may hang past the right edge.
        const visibleWidth = sumWidths(this.placeRuns(word.trimEnd(), style));
        if (runs.length > 0 && sumWidths(runs) + visibleWidth > contentWidth) flush();
        for (const run of this.placeRuns(word, style)) {
          const last = runs[runs.length - 1];
          if (last && last.fontName === run.fontName) {
            last.text += run.text;
            last.width += run.width;
          } else runs.push({ ...run });
        }
      }
      flush();
    }
    return lines;
  }

  /** Vertical space as a line of its own, e.g. between blocks of a cell. */
  gap(height: number): Line {
    return { prefix: [], runs: [], indent: 0, height, style: { size: 1, weight: 'regular', color: '#000000' } };
  }

  private drawRuns(runs: readonly PlacedRun[], x: number, baseline: number, style: TextStyle): void {
    let cursor = x;
    for (const run of runs) {
      this.doc.font(run.fontName).fontSize(style.size).fillColor(style.color).text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
      cursor += run.width;
    }
  }

  drawLine(line: Line, x: number, top: number): void {
    const baseline = top + line.style.size * baselineFactor;
    this.drawRuns(line.prefix, x, baseline, line.style);
    this.drawRuns(line.runs, x + line.indent, baseline, line.style);
  }

  drawLines(lines: readonly Line[], x: number, top: number): number {
    let y = top;
    for (const line of lines) {
      this.drawLine(line, x, y);
      y += line.height;
    }
    return y;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.frame.bottom && this.y > this.frame.top) this.newPage();
  }

  /** Paragraph lines in the frame's full width, moving to the next page between lines as needed. */
  writeLines(lines: readonly Line[], options: { x?: number } = {}): void {
    for (const line of lines) {
      this.ensureSpace(line.height);
      this.drawLine(line, options.x ?? this.frame.left, this.y);
      this.y += line.height;
    }
  }

  rule(color = ruleColor): void {
    this.doc
      .moveTo(this.frame.left, this.y)
      .lineTo(this.frame.left + this.frame.width, this.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
  }

  private drawRow(cells: readonly Cell[], widths: readonly number[], height: number, fill?: string): void {
    const totalWidth = widths.reduce((total, width) => total + width, 0);
    if (fill) this.doc.rect(this.frame.left, this.y, totalWidth, height).fill(fill);
    let x = this.frame.left;
    for (const [index, cell] of cells.entries()) {
      this.drawLines(cell, x + cellPadding.x, this.y + cellPadding.y);
      x += widths[index] ?? 0;
    }
    this.y += height;
    this.doc
      .moveTo(this.frame.left, this.y)
      .lineTo(this.frame.left + totalWidth, this.y)
      .lineWidth(0.5)
      .strokeColor(ruleColor)
      .stroke();
  }

  /** Inner width of a column, for laying out its cells. */
  static cellWidth(columnWidth: number): number {
    return columnWidth - 2 * cellPadding.x;
  }

  /**
   * A table whose header row repeats on every page it runs onto. A row that does not fit moves whole to the next
   * page, unless it is tall and there is room enough here: then it is split between lines, as is a row taller than
   * a page.
   */
  drawTable(header: readonly Cell[], rows: readonly (readonly Cell[])[], widths: readonly number[]): void {
    const rowHeight = (cells: readonly Cell[]) => Math.max(0, ...cells.map(cellHeight)) + 2 * cellPadding.y;
    const headerHeight = rowHeight(header);
    const pageRoom = this.frame.bottom - this.frame.top - headerHeight;
    const startPage = () => {
      this.newPage();
      this.drawRow(header, widths, headerHeight, headerFill);
    };
    const firstRowHeight = rows[0] ? Math.min(rowHeight(rows[0]), pageRoom) : 0;
    if (this.y + headerHeight + firstRowHeight > this.frame.bottom) this.newPage();
    this.drawRow(header, widths, headerHeight, headerFill);
    for (const row of rows) {
      let remaining = row.map((cell) => [...cell]);
      for (;;) {
        const height = rowHeight(remaining);
        if (this.y + height <= this.frame.bottom) {
          this.drawRow(remaining, widths, height);
          break;
        }
        const room = this.frame.bottom - this.y - 2 * cellPadding.y;
        // A short row moves whole; a tall one fills the page first rather than leave half of it empty.
        if (height <= pageRoom && (height < splittableRowHeight || room < minimumSplitRoom)) {
          startPage();
          continue;
        }
        const fitting = remaining.map((cell) => {
          let used = 0;
          return cell.filter((line) => (used += line.height) <= room);
        });
        if (fitting.every((cell) => cell.length === 0)) {
          startPage();
          continue;
        }
        this.drawRow(fitting, widths, rowHeight(fitting));
        remaining = remaining.map((cell, index) => cell.slice(fitting[index]?.length ?? 0));
        startPage();
      }
    }
  }
}
