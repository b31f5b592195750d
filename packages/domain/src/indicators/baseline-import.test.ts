import { describe, expect, it } from 'vitest';
import {
  baselineImportStreamLineSchema,
  capBaselineImportProblems,
  checkBaselineImportRow,
  findRepeatedBaselineRows,
  formatDisaggregation,
  parseDisaggregation,
  readBaselineImportHeader,
  toBaselineImportCells,
  toBaselineImportRow,
  toExistingBaselineProblem,
  type BaselineImportCells,
  type ImportedIndicator,
} from './baseline-import.js';
import type { IndicatorBaselineInput } from './indicator-baseline.js';

const percentage: ImportedIndicator = { code: 'GE-1', measure: 'percentage', disaggregationDimensions: ['sex'] };
const qualitative: ImportedIndicator = { code: 'GE-2', measure: 'qualitative', disaggregationDimensions: [] };

const paths = (problems: { path: string }[]) => problems.map((problem) => problem.path);

describe('the header row of a baseline file', () => {
  it('takes the known columns in any order, and blank cells for trailing empty columns', () => {
    expect(readBaselineImportHeader(['value', 'reference_year', 'indicator_code', '', null])).toEqual({ columns: ['value', 'reference_year', 'indicator_code', null, null], problems: [] });
  });

  it('names an unknown column, a repeated one and a missing required one', () => {
    const { problems } = readBaselineImportHeader(['indicator_code', 'valeu', 'value', 'value']);
    expect(paths(problems)).toEqual(['columns.valeu', 'columns.value', 'columns.reference_year']);
    expect(problems[0]?.message).toMatch(/^Column valeu: is not a column of a baseline file; the columns are indicator_code, reference_year/);
    expect(problems[2]?.message).toBe('Column reference_year: is missing: the header row must name it');
  });

  it('refuses a value under a column with no name, not an empty cell', () => {
    const { columns } = readBaselineImportHeader(['indicator_code', 'reference_year', '']);
    expect(toBaselineImportCells(4, columns, ['GE-1', '2020', ''])).toEqual({ cells: { indicator_code: 'GE-1', reference_year: '2020' }, problems: [] });
    expect(toBaselineImportCells(4, columns, ['GE-1', '2020', 'stray']).problems).toEqual([{ path: 'rows.4', message: 'Row 4: column 3 holds a value but has no name in the header row' }]);
  });
});

describe('a row of a baseline file', () => {
  const fullRow: BaselineImportCells = {
    indicator_code: 'GE-1',
    reference_year: '2020',
    reference_date: '2020-12-31',
    is_data_gap: 'no',
    value: '41.5',
    total: 41.5,
    disaggregation: 'sex:female=44; sex:male = 39 ;',
    area: ' Georgia (national) ',
    source_provider: 'Geostat',
    source_dataset: 'Migration statistics 2020',
    source_link: 'https://www.geostat.ge',
    method: 'Administrative records',
    nature_of_data: 'country_adjusted',
    confidence: 'medium',
    notes: '',
  };

  it('reads a full row into the baseline input, trimming text and leaving empty cells out', () => {
    expect(checkBaselineImportRow(2, fullRow, percentage)).toEqual({
      row: 2,
      indicatorCode: 'GE-1',
      problems: [],
      input: {
        referenceYear: 2020,
        referenceDate: '2020-12-31',
        value: 41.5,
        total: 41.5,
        disaggregation: [
          { dimension: 'sex', category: 'female', value: 44 },
          { dimension: 'sex', category: 'male', value: 39 },
        ],
        area: 'Georgia (national)',
        source: { provider: 'Geostat', dataset: 'Migration statistics 2020', link: 'https://www.geostat.ge' },
        method: 'Administrative records',
        natureOfData: 'country_adjusted',
        confidence: 'medium',
      },
    });
  });

  it('says which row and column hold text where a percentage takes a number', () => {
    const checked = checkBaselineImportRow(3, { ...fullRow, value: 'about 40' }, percentage);
    expect(checked.input).toBeNull();
    expect(checked.problems).toEqual([{ path: 'rows.3.value', message: 'Row 3, value: must be a number for a percentage indicator' }]);
    expect(checkBaselineImportRow(3, { ...fullRow, value: '41,5' }, percentage).problems[0]?.message).toBe(
      'Row 3, value: must be a number for a percentage indicator; write plain digits with . as the decimal mark, such as 1250 or 48.2',
    );
    // "1,250" may be thousands or decimals: the hint must not suggest 1.250, which is 1.25.
    expect(checkBaselineImportRow(3, { ...fullRow, value: '1,250' }, percentage).problems[0]?.message).toBe(
      'Row 3, value: must be a number for a percentage indicator; write plain digits with . as the decimal mark, such as 1250 or 48.2',
    );
  });

  it("applies the indicator's rules: a qualitative indicator takes a narrative, a percentage stays within 0–100", () => {
    expect(paths(checkBaselineImportRow(2, { indicator_code: 'GE-2', reference_year: 2020, value: '3' }, qualitative).problems)).toEqual(['rows.2.value', 'rows.2.narrative']);
    expect(checkBaselineImportRow(2, { indicator_code: 'GE-2', reference_year: 2020, narrative: 'A policy is in place' }, qualitative).input).toEqual({ referenceYear: 2020, narrative: 'A policy is in place' });
    expect(checkBaselineImportRow(2, { ...fullRow, value: '120' }, percentage).problems).toEqual([{ path: 'rows.2.value', message: 'Row 2, value: is a percentage: it must be within 0–100' }]);
  });

  it('needs a reason for a data gap, and reads yes/no, 1/0 and true/false', () => {
    const gap = { indicator_code: 'GE-1', reference_year: '2020', is_data_gap: 'TRUE' };
    expect(checkBaselineImportRow(5, gap, percentage).problems).toEqual([{ path: 'rows.5.gap_reason', message: 'Row 5, gap_reason: is required for a data gap: say why there is no baseline' }]);
    expect(checkBaselineImportRow(5, { ...gap, is_data_gap: '1', gap_reason: 'No survey since 2014' }, percentage).input).toEqual({ referenceYear: 2020, isDataGap: true, gapReason: 'No survey since 2014' });
    expect(checkBaselineImportRow(5, { ...gap, is_data_gap: true, gap_reason: 'No survey' }, percentage).problems).toEqual([]);
    expect(paths(checkBaselineImportRow(5, { ...gap, is_data_gap: 'maybe' }, percentage).problems)).toEqual(['rows.5.is_data_gap']);
    expect(paths(checkBaselineImportRow(5, { ...fullRow, gap_reason: 'Stray' }, percentage).problems)).toEqual(['rows.5.gap_reason']);
  });

  it('reports every problem of a row, one per column, and a code no indicator of the network has', () => {
    const checked = checkBaselineImportRow(
      7,
      { indicator_code: 'GE-404', reference_year: '20x0', value: 'n/a', total: 'all', disaggregation: 'female 44', source_link: 'ftp://x', nature_of_data: 'guessed', notes: 'a\u0000b' },
      undefined,
    );
    expect(checked.problems).toEqual([
      { path: 'rows.7.indicator_code', message: 'Row 7, indicator_code: no indicator has the code GE-404 in your network' },
      { path: 'rows.7.reference_year', message: 'Row 7, reference_year: must be a year, e.g. 2020' },
      { path: 'rows.7.value', message: 'Row 7, value: must be a number' },
      { path: 'rows.7.total', message: 'Row 7, total: must be a number' },
      { path: 'rows.7.disaggregation', message: 'Row 7, disaggregation: entry 1 "female 44" must read dimension:category=value with a number as value, e.g. sex:female=48.2' },
      { path: 'rows.7.source_provider', message: 'Row 7, source_provider: is required' },
      { path: 'rows.7.source_link', message: expect.stringMatching(/^Row 7, source_link: /) },
      { path: 'rows.7.nature_of_data', message: expect.stringMatching(/^Row 7, nature_of_data: /) },
      { path: 'rows.7.notes', message: 'Row 7, notes: must not contain the NUL character' },
    ]);
    expect(paths(checkBaselineImportRow(8, {}, undefined).problems)).toEqual(['rows.8.indicator_code', 'rows.8.reference_year']);
  });

  it('names the disaggregation entry that breaks a rule', () => {
    const checked = checkBaselineImportRow(2, { ...fullRow, disaggregation: 'sex:female=44; age:15-24=30' }, percentage);
    expect(checked.problems).toEqual([
      { path: 'rows.2.disaggregation', message: 'Row 2, disaggregation: entry 2 (age:15-24): dimension is not a disaggregation dimension of this indicator (it has: sex)' },
    ]);
  });
});

describe('the rows of a file together', () => {
  it('refuses a baseline given twice, and one already recorded', () => {
    const rows = [
      checkBaselineImportRow(2, { indicator_code: 'GE-1', reference_year: 2020, value: 1 }, percentage),
      checkBaselineImportRow(3, { indicator_code: 'GE-1', reference_year: 2020, value: 2, area: 'Tbilisi' }, percentage),
      checkBaselineImportRow(4, { indicator_code: 'GE-1', reference_year: '2020', value: 3 }, percentage),
      checkBaselineImportRow(5, { indicator_code: 'GE-1', reference_year: 2020, value: 4, area: 'Tbilisi ' }, percentage),
    ];
    expect(findRepeatedBaselineRows(rows)).toEqual([
      { path: 'rows.4.reference_year', message: 'Row 4, reference_year: GE-1 already has a baseline for 2020 in row 2; give each baseline once' },
      { path: 'rows.5.reference_year', message: 'Row 5, reference_year: GE-1 already has a baseline for 2020 (Tbilisi) in row 3; give each baseline once' },
    ]);
    expect(toExistingBaselineProblem(9, 'GE-1', { referenceYear: 2019, area: null })).toEqual({
      path: 'rows.9.reference_year',
      message: 'Row 9, reference_year: GE-1 already has a baseline for 2019; edit it instead',
    });
  });

  it('lists at most 1,000 problems and says how many more there are', () => {
    const problems = Array.from({ length: 1_203 }, (_, index) => ({ path: `rows.${index + 2}.value`, message: 'x' }));
    const capped = capBaselineImportProblems(problems);
    expect(capped).toHaveLength(1_001);
    expect(capped.at(-1)).toEqual({ path: 'rows', message: '…and 203 more problems' });
    expect(capBaselineImportProblems(problems.slice(0, 3))).toHaveLength(3);
  });
});

describe('a baseline written as a row of a file', () => {
  it('reads back as the same baseline', () => {
    const baseline: IndicatorBaselineInput = {
      isDataGap: false,
      referenceYear: 2020,
      referenceDate: '2020-06-30',
      value: 48.25,
      total: 48.25,
      disaggregation: [
        { dimension: 'sex', category: 'female', value: 50.5 },
        { dimension: 'sex', category: 'male', value: 46 },
      ],
      area: 'Adjara',
      source: { provider: 'Geostat', dataset: null, link: 'https://www.geostat.ge' },
      natureOfData: 'estimated',
      confidence: 'low',
      notes: 'Survey, 2020',
    };
    const row = toBaselineImportRow('GE-1', baseline);
    expect(row).toMatchObject({ is_data_gap: 'false', disaggregation: 'sex:female=50.5; sex:male=46', source_dataset: null, narrative: null });
    const { isDataGap: _isDataGap, source, ...rest } = baseline;
    expect(checkBaselineImportRow(2, row, percentage)).toMatchObject({ problems: [], input: { ...rest, source: { provider: 'Geostat', link: 'https://www.geostat.ge' } } });
    const gap = toBaselineImportRow('GE-2', { referenceYear: 2019, isDataGap: true, gapReason: 'Never measured' });
    expect(checkBaselineImportRow(2, gap, qualitative).input).toEqual({ referenceYear: 2019, isDataGap: true, gapReason: 'Never measured' });
  });

  it('writes and reads disaggregation entries with categories holding a colon', () => {
    const entries = [{ dimension: 'age', category: '15:24', value: -1.5e-3 }];
    expect(parseDisaggregation(formatDisaggregation(entries))).toEqual({ entries, problems: [] });
  });
});

describe('the lines of an import that reports its progress', () => {
  it('reads progress lines, with no total while the file is being read', () => {
    expect(baselineImportStreamLineSchema.parse({ type: 'progress', phase: 'reading', done: 500, total: null })).toEqual({ type: 'progress', phase: 'reading', done: 500, total: null });
    expect(baselineImportStreamLineSchema.safeParse({ type: 'progress', phase: 'saving', done: 1, total: 2 }).success).toBe(false);
    expect(baselineImportStreamLineSchema.safeParse({ type: 'progress', phase: 'checking', done: -1, total: 2 }).success).toBe(false);
  });

  it('reads the result line as the preview or the refusal the same request answers without progress', () => {
    const preview = { dryRun: true, rowCount: 0, created: 0, rows: [] };
    expect(baselineImportStreamLineSchema.parse({ type: 'result', status: 200, body: preview })).toEqual({ type: 'result', status: 200, body: preview });
    const refusal = { code: 'validation_failed', message: 'The file was not imported', fields: [{ path: 'rows.3.value', message: 'Row 3, value: must be a number' }] };
    expect(baselineImportStreamLineSchema.parse({ type: 'result', status: 422, body: refusal })).toEqual({ type: 'result', status: 422, body: refusal });
    expect(baselineImportStreamLineSchema.safeParse({ type: 'result', status: 200, body: refusal }).success).toBe(false);
    expect(baselineImportStreamLineSchema.safeParse({ type: 'result', status: 422, body: preview }).success).toBe(false);
  });
});
