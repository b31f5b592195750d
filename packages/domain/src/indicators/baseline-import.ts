import { z } from 'zod';
import type { FieldProblem } from '../errors/domain-error.js';
import { errorBodySchema } from '../views/views.js';
import { checkIndicatorBaseline, indicatorBaselineInputSchema, type DisaggregationValue, type IndicatorBaselineInput } from './indicator-baseline.js';
import { isQuantitativeMeasure, type IndicatorMeasure } from './indicator.js';

/**
 * The columns of a baseline file (CSV or spreadsheet), one baseline per row under a header row naming them in any
 * order. The baselines export writes the same columns, so an export can be imported into another network.
 */
export const baselineImportColumns = [
  'indicator_code',
  'reference_year',
  'reference_date',
  'is_data_gap',
  'gap_reason',
  'value',
  'narrative',
  'total',
  'disaggregation',
  'area',
  'source_provider',
  'source_dataset',
  'source_link',
  'method',
  'nature_of_data',
  'confidence',
  'notes',
] as const;
export type BaselineImportColumn = (typeof baselineImportColumns)[number];

export const requiredBaselineImportColumns = ['indicator_code', 'reference_year'] as const satisfies readonly BaselineImportColumn[];

/** More rows than this is refused before any is checked: split the file. */
export const maxBaselineImportRows = 50_000;

/** The two kinds of file a baseline import takes, by the media type they are sent with. */
export const baselineFileMediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type BaselineFileKind = keyof typeof baselineFileMediaTypes;

/** Larger uploads are refused with 413. A file of 10,000 baselines is about 2 MB as CSV; this leaves room for long narratives. */
export const maxBaselineFileBytes = 20 * 1024 * 1024;

/** A refusal lists at most this many problems, then says how many more there are. */
export const maxBaselineImportProblems = 1_000;

/** One cell as a file reader hands it over: CSV cells are text, spreadsheet cells typed (a date as YYYY-MM-DD). */
export type BaselineImportCell = string | number | boolean | null;
export type BaselineImportCells = Partial<Record<BaselineImportColumn, BaselineImportCell>>;

/** The indicator a row names, as far as its rules need it. */
export type ImportedIndicator = { code: string; measure: IndicatorMeasure; disaggregationDimensions: readonly string[] };

const isBaselineImportColumn = (name: string): name is BaselineImportColumn => (baselineImportColumns as readonly string[]).includes(name);

/** Where a row's problem goes: `rows.3.value`, said as "Row 3, value: …". */
export const toBaselineRowProblem = (row: number, column: BaselineImportColumn | null, message: string): FieldProblem =>
  column === null ? { path: `rows.${row}`, message: `Row ${row}: ${message}` } : { path: `rows.${row}.${column}`, message: `Row ${row}, ${column}: ${message}` };

const toColumnProblem = (name: string, message: string): FieldProblem => ({ path: `columns.${name}`, message: `Column ${name}: ${message}` });

const toText = (cell: BaselineImportCell | undefined): string | undefined => {
  if (cell === null || cell === undefined) return undefined;
  const text = String(cell).trim();
  return text === '' ? undefined : text;
};

const shorten = (text: string, length = 40): string => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * The header row: each name a known column, once; `indicator_code` and `reference_year` present. A blank header cell
 * is allowed (spreadsheets leave trailing empty columns) and its column read as nothing.
 */
export const readBaselineImportHeader = (header: readonly BaselineImportCell[]): { columns: (BaselineImportColumn | null)[]; problems: FieldProblem[] } => {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((cell) => {
    const name = toText(cell);
    if (name === undefined) return null;
    if (!isBaselineImportColumn(name)) {
      problems.push(toColumnProblem(name, `is not a column of a baseline file; the columns are ${baselineImportColumns.join(', ')}`));
      return null;
    }
    if (seen.has(name)) problems.push(toColumnProblem(name, 'appears twice in the header row'));
    seen.add(name);
    return name;
  });
  for (const required of requiredBaselineImportColumns) {
    if (!seen.has(required)) problems.push(toColumnProblem(required, 'is missing: the header row must name it'));
  }
  return { columns, problems };
};

/** A data row's cells by column; a value under a blank header cell is a problem, an empty one is not. */
export const toBaselineImportCells = (
  row: number,
  columns: readonly (BaselineImportColumn | null)[],
  cells: readonly BaselineImportCell[],
): { cells: BaselineImportCells; problems: FieldProblem[] } => {
  const byColumn: BaselineImportCells = {};
  const problems: FieldProblem[] = [];
  cells.forEach((cell, index) => {
    const column = columns[index] ?? null;
    if (column !== null) byColumn[column] = cell;
    else if (toText(cell) !== undefined) problems.push(toBaselineRowProblem(row, null, `column ${index + 1} holds a value but has no name in the header row`));
  });
  return { cells: byColumn, problems };
};

export const isBlankBaselineImportRow = (cells: readonly BaselineImportCell[]): boolean => cells.every((cell) => toText(cell) === undefined);

/** A number as a file writes it: digits with `.` as the decimal separator, an optional sign and exponent. */
const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const parseNumber = (cell: BaselineImportCell | undefined): number | undefined | 'invalid' => {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  if (typeof cell === 'boolean') return 'invalid';
  const text = toText(cell);
  if (text === undefined) return undefined;
  return numberPattern.test(text) ? Number(text) : 'invalid';
};

// A comma may group thousands ("1,250") or mark decimals ("48,2"); the file cannot say which, so no figure is suggested.
const numberHint = (cell: BaselineImportCell | undefined): string => {
  const text = toText(cell) ?? '';
  return /^[+-]?\d[\d,.]*$/.test(text) && text.includes(',') ? '; write plain digits with . as the decimal mark, such as 1250 or 48.2' : '';
};

const parseYear = (cell: BaselineImportCell | undefined): number | undefined | 'invalid' => {
  const year = parseNumber(cell);
  return typeof year === 'number' && !Number.isInteger(year) ? 'invalid' : year;
};

const trueWords = new Set(['true', 'yes', '1']);
const falseWords = new Set(['false', 'no', '0']);

const parseFlag = (cell: BaselineImportCell | undefined): boolean | 'invalid' => {
  if (typeof cell === 'boolean') return cell;
  const text = toText(cell)?.toLowerCase();
  if (text === undefined || falseWords.has(text)) return false;
  return trueWords.has(text) ? true : 'invalid';
};

const disaggregationEntryPattern = /^([^:=]+):(.+)=([^=]+)$/;

/** `sex:female=48.2; sex:male=51.8`: entries `dimension:category=value` separated by `;`. */
export const formatDisaggregation = (entries: readonly DisaggregationValue[]): string =>
  entries.map((entry) => `${entry.dimension}:${entry.category}=${entry.value}`).join('; ');

export const parseDisaggregation = (text: string): { entries: DisaggregationValue[]; problems: string[] } => {
  const entries: DisaggregationValue[] = [];
  const problems: string[] = [];
  text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .forEach((part, index) => {
      const match = disaggregationEntryPattern.exec(part);
      const value = match ? parseNumber(match[3]) : 'invalid';
      if (!match || typeof value !== 'number') {
        problems.push(`entry ${index + 1} "${shorten(part)}" must read dimension:category=value with a number as value, e.g. sex:female=48.2`);
        return;
      }
      entries.push({ dimension: (match[1] as string).trim(), category: (match[2] as string).trim(), value });
    });
  return { entries, problems };
};

/** The import column a path of the baseline input (a schema or rule problem) belongs to. */
const inputPathColumns: Record<string, BaselineImportColumn> = {
  isDataGap: 'is_data_gap',
  gapReason: 'gap_reason',
  value: 'value',
  narrative: 'narrative',
  referenceYear: 'reference_year',
  referenceDate: 'reference_date',
  disaggregation: 'disaggregation',
  total: 'total',
  area: 'area',
  'source.provider': 'source_provider',
  'source.dataset': 'source_dataset',
  'source.link': 'source_link',
  method: 'method',
  natureOfData: 'nature_of_data',
  confidence: 'confidence',
  notes: 'notes',
};

const toInputColumn = (path: string): BaselineImportColumn => {
  const [head = '', second] = path.split('.');
  return inputPathColumns[head === 'source' ? `source.${second}` : head] ?? 'indicator_code';
};

/** "disaggregation.1.dimension: is not …" becomes "entry 2 (age:15-24): dimension is not …". */
const describeInputProblem = (path: string, message: string, input: { disaggregation?: readonly DisaggregationValue[] | undefined }): string => {
  const wording = message.replaceAll('isDataGap', 'is_data_gap');
  const [head, index, field] = path.split('.');
  if (head !== 'disaggregation' || index === undefined) return wording;
  const entry = input.disaggregation?.[Number(index)];
  const label = entry ? ` (${shorten(`${entry.dimension}:${entry.category}`)})` : '';
  return `entry ${Number(index) + 1}${label}: ${field ? `${field} ` : ''}${wording}`;
};

export type CheckedBaselineRow = {
  row: number;
  indicatorCode: string | null;
  /** The baseline the row gives, when it has no problem. */
  input: IndicatorBaselineInput | null;
  problems: FieldProblem[];
};

/**
 * One row of a baseline file read into a baseline and checked like a baseline recorded by hand: the input schema,
 * then its indicator's rules. Every problem of the row is reported, at most one per column. `indicator` is the
 * indicator of the row's `indicator_code` in the importer's network, undefined when there is none.
 */
export const checkBaselineImportRow = (row: number, cells: BaselineImportCells, indicator: ImportedIndicator | undefined): CheckedBaselineRow => {
  const problems = new Map<BaselineImportColumn, string>();
  const addProblem = (column: BaselineImportColumn, message: string) => {
    if (!problems.has(column)) problems.set(column, message);
  };
  for (const column of baselineImportColumns) {
    const cell = cells[column];
    if (typeof cell === 'string' && cell.includes('\u0000')) addProblem(column, 'must not contain the NUL character');
  }

  const indicatorCode = toText(cells.indicator_code) ?? null;
  if (indicatorCode === null) addProblem('indicator_code', 'is required: the code of one of your network’s indicators');
  else if (!indicator) addProblem('indicator_code', `no indicator has the code ${shorten(indicatorCode)} in your network`);

  const referenceYear = parseYear(cells.reference_year);
  if (referenceYear === undefined) addProblem('reference_year', 'is required, e.g. 2020');
  else if (referenceYear === 'invalid') addProblem('reference_year', 'must be a year, e.g. 2020');

  const isDataGap = parseFlag(cells.is_data_gap);
  if (isDataGap === 'invalid') addProblem('is_data_gap', 'must be true or false (yes/no and 1/0 are read too; empty is false)');

  const value = parseNumber(cells.value);
  if (value === 'invalid') {
    if (!indicator) addProblem('value', `must be a number${numberHint(cells.value)}`);
    else if (isQuantitativeMeasure(indicator.measure)) addProblem('value', `must be a number for a ${indicator.measure} indicator${numberHint(cells.value)}`);
    else addProblem('value', 'is not allowed: a qualitative indicator takes its text in narrative');
  }
  const total = parseNumber(cells.total);
  if (total === 'invalid') addProblem('total', `must be a number${numberHint(cells.total)}`);

  const disaggregationText = toText(cells.disaggregation);
  const disaggregation = disaggregationText === undefined ? undefined : parseDisaggregation(disaggregationText);
  if (disaggregation && disaggregation.problems.length > 0) addProblem('disaggregation', disaggregation.problems.join('; '));

  const text = (column: BaselineImportColumn) => toText(cells[column]);
  const hasSource = text('source_provider') !== undefined || text('source_dataset') !== undefined || text('source_link') !== undefined;
  const candidate = {
    ...(isDataGap === true ? { isDataGap } : {}),
    gapReason: text('gap_reason'),
    value: typeof value === 'number' ? value : undefined,
    narrative: text('narrative'),
    referenceYear: typeof referenceYear === 'number' ? referenceYear : undefined,
    referenceDate: text('reference_date'),
    disaggregation: disaggregation?.entries,
    total: typeof total === 'number' ? total : undefined,
    area: text('area'),
    source: hasSource ? { provider: text('source_provider') ?? '', dataset: text('source_dataset'), link: text('source_link') } : undefined,
    method: text('method'),
    natureOfData: text('nature_of_data'),
    confidence: text('confidence'),
    notes: text('notes'),
  };
  const parsed = indicatorBaselineInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      addProblem(toInputColumn(path), describeInputProblem(path, issue.message, candidate));
    }
  } else if (indicator && isDataGap !== 'invalid') {
    // Which rules apply depends on whether the row is a data gap; with that unreadable, its flag's problem is enough.
    for (const issue of checkIndicatorBaseline(indicator, parsed.data)) addProblem(toInputColumn(issue.path), describeInputProblem(issue.path, issue.message, parsed.data));
  }

  const isClean = problems.size === 0 && parsed.success;
  return {
    row,
    indicatorCode,
    input: isClean ? parsed.data : null,
    problems: baselineImportColumns.flatMap((column) => {
      const message = problems.get(column);
      return message === undefined ? [] : [toBaselineRowProblem(row, column, message)];
    }),
  };
};

/** What makes two baselines the same one: indicator, reference year and area. */
export const toBaselineImportKey = (indicatorCode: string, referenceYear: number, area: string | null | undefined): string =>
  JSON.stringify([indicatorCode, referenceYear, area?.trim() || null]);

const describeBaselineYear = (referenceYear: number, area: string | null | undefined) => (area?.trim() ? `${referenceYear} (${area.trim()})` : String(referenceYear));

/** A row giving a baseline that is already recorded. */
export const toExistingBaselineProblem = (row: number, indicatorCode: string, input: Pick<IndicatorBaselineInput, 'referenceYear' | 'area'>): FieldProblem =>
  toBaselineRowProblem(row, 'reference_year', `${shorten(indicatorCode)} already has a baseline for ${describeBaselineYear(input.referenceYear, input.area)}; edit it instead`);

/** Rows that give the same baseline as an earlier row of the file. */
export const findRepeatedBaselineRows = (rows: readonly CheckedBaselineRow[]): FieldProblem[] => {
  const firstRows = new Map<string, number>();
  return rows.flatMap(({ row, indicatorCode, input }) => {
    if (indicatorCode === null || input === null) return [];
    const key = toBaselineImportKey(indicatorCode, input.referenceYear, input.area);
    const first = firstRows.get(key);
    if (first === undefined) {
      firstRows.set(key, row);
      return [];
    }
    return [
      toBaselineRowProblem(row, 'reference_year', `${shorten(indicatorCode)} already has a baseline for ${describeBaselineYear(input.referenceYear, input.area)} in row ${first}; give each baseline once`),
    ];
  });
};

/** The first problems and a last entry saying how many more there are. */
export const capBaselineImportProblems = (problems: readonly FieldProblem[], max = maxBaselineImportProblems): FieldProblem[] =>
  problems.length <= max ? [...problems] : [...problems.slice(0, max), { path: 'rows', message: `…and ${problems.length - max} more problems` }];

/** A baseline as a row of a baseline file: machine-readable values, the same the import reads. */
export const toBaselineImportRow = (indicatorCode: string, baseline: IndicatorBaselineInput): Record<BaselineImportColumn, string | number | null> => ({
  indicator_code: indicatorCode,
  reference_year: baseline.referenceYear,
  reference_date: baseline.referenceDate ?? null,
  is_data_gap: baseline.isDataGap ? 'true' : 'false',
  gap_reason: baseline.gapReason ?? null,
  value: baseline.value ?? null,
  narrative: baseline.narrative ?? null,
  total: baseline.total ?? null,
  disaggregation: baseline.disaggregation && baseline.disaggregation.length > 0 ? formatDisaggregation(baseline.disaggregation) : null,
  area: baseline.area ?? null,
  source_provider: baseline.source?.provider ?? null,
  source_dataset: baseline.source?.dataset ?? null,
  source_link: baseline.source?.link ?? null,
  method: baseline.method ?? null,
  nature_of_data: baseline.natureOfData ?? null,
  confidence: baseline.confidence ?? null,
  notes: baseline.notes ?? null,
});

export const baselineImportViewSchema = z.object({
  dryRun: z.boolean(),
  rowCount: z.number().int(),
  /** How many baselines were recorded: 0 on a dry run. */
  created: z.number().int(),
  rows: z.array(
    z.object({
      /** The row number a spreadsheet shows: the header is row 1, the first baseline row 2. */
      row: z.number().int(),
      indicatorCode: z.string(),
      referenceYear: z.number().int(),
      isDataGap: z.boolean(),
      value: z.number().nullable(),
      narrative: z.string().nullable(),
      area: z.string().nullable(),
    }),
  ),
});
export type BaselineImportView = z.infer<typeof baselineImportViewSchema>;

/**
 * Asked for in `Accept`, an import answers with its progress as it goes: one JSON object per line (NDJSON), progress
 * lines and then exactly one result line.
 */
export const baselineImportProgressMediaType = 'application/x-ndjson';

/** Reading the file, checking its rows, writing them (a commit only). */
export const baselineImportPhases = ['reading', 'checking', 'writing'] as const;
export type BaselineImportPhase = (typeof baselineImportPhases)[number];

export const baselineImportProgressLineSchema = z.object({
  type: z.literal('progress'),
  phase: z.enum(baselineImportPhases),
  /** Rows read, checked or written so far. */
  done: z.number().int().nonnegative(),
  /** How many rows there are: null while the file is still being read. */
  total: z.number().int().nonnegative().nullable(),
});
export type BaselineImportProgressLine = z.infer<typeof baselineImportProgressLineSchema>;

/** The last line: the status and body the same request would have been answered with without progress. */
export const baselineImportResultLineSchema = z.union([
  z.object({ type: z.literal('result'), status: z.literal(200), body: baselineImportViewSchema }),
  z.object({ type: z.literal('result'), status: z.number().int().min(400).max(599), body: errorBodySchema }),
]);
export type BaselineImportResultLine = z.infer<typeof baselineImportResultLineSchema>;

export const baselineImportStreamLineSchema = z.union([baselineImportProgressLineSchema, baselineImportResultLineSchema]);
export type BaselineImportStreamLine = z.infer<typeof baselineImportStreamLineSchema>;
