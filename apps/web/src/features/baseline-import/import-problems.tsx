import type { ApiFieldProblem } from '../../lib/api-client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Where a problem is: a cell (row and column), a whole row, a column of the header, or the file. */
export type ImportProblem = { row: number | null; column: string | null; message: string };

/**
 * The API names each problem `rows.<row>.<column>`, `rows.<row>` or `columns.<column>`, with a message that starts
 * by saying so ("Row 3, value: …"); the place is said once, in the reader's language, the rest as the API wrote it.
 */
export const readImportProblems = (fields: readonly ApiFieldProblem[]): ImportProblem[] =>
  fields.map((field) => {
    const cell = /^rows\.(\d+)\.(.+)$/.exec(field.path);
    if (cell) return { row: Number(cell[1]), column: cell[2] ?? null, message: field.message.replace(/^Row \d+, [^:]+:\s*/, '') };
    const row = /^rows\.(\d+)$/.exec(field.path);
    if (row) return { row: Number(row[1]), column: null, message: field.message.replace(/^Row \d+:\s*/, '') };
    const column = /^columns\.(.+)$/.exec(field.path);
    if (column) return { row: null, column: column[1] ?? null, message: field.message.replace(/^Column [^:]+:\s*/, '') };
    return { row: null, column: null, message: field.message };
  });

const ProblemPlace = ({ problem }: { problem: ImportProblem }) => {
  const { t } = useTranslation();
  if (problem.row !== null && problem.column !== null) return <strong>{t('baselineImport.problemAt', { row: problem.row, column: problem.column })}: </strong>;
  if (problem.row !== null) return <strong>{t('baselineImport.problemInRow', { row: problem.row })}: </strong>;
  if (problem.column !== null) return <strong>{t('baselineImport.problemInColumn', { column: problem.column })}: </strong>;
  return null;
};

/** Every refused row and field of the file, in one list: nothing was written, so all can be fixed at once. */
export const ImportProblems = ({ problems }: { problems: readonly ImportProblem[] }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = [...new Set(problems.flatMap((problem) => (problem.row === null ? [] : [problem.row])))].sort((a, b) => a - b);
  return (
    <section className="import-problems" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('baselineImport.refusedHeading')}</h2>
      <p>{t('baselineImport.refusedSummary', { count: problems.length, rows: rows.length > 0 ? rows.join(', ') : '—' })}</p>
      <ol className="import-problems__list">
        {problems.map((problem, index) => (
          <li key={`${problem.row ?? 'file'}:${problem.column ?? ''}:${index}`}>
            <ProblemPlace problem={problem} />
            {problem.message}
          </li>
        ))}
      </ol>
    </section>
  );
};
