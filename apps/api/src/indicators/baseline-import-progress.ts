import type { BaselineImportPhase } from '@compact-tracker/domain';

/** Rows read or checked between two progress reports: a few dozen lines for 10,000 rows, not one per row. */
export const rowsPerProgressStep = 500;

/**
 * Where an import says how far it is, at its own steps: every 500 rows read or checked, every batch written. Awaiting it
 * lets the report go out before the next step, and it throws when nobody is listening any more, which stops the work
 * and rolls its transaction back.
 */
export type ReportImportProgress = (phase: BaselineImportPhase, done: number, total: number | null) => Promise<void>;

/** Thrown by a report when the client has gone: the import stops where it is and writes nothing. */
export class ImportAbandoned extends Error {
  constructor() {
    super('The client went away before the import finished');
    this.name = 'ImportAbandoned';
  }
}

/** For a caller that only wants the result. */
export const ignoreImportProgress: ReportImportProgress = () => Promise.resolve();

/** Maps every item, reporting before the first and after each step of rowsPerProgressStep items. */
export const mapWithProgress = async <Item, Result>(
  items: readonly Item[],
  map: (item: Item) => Result,
  report: (done: number) => Promise<void>,
): Promise<Result[]> => {
  const results: Result[] = [];
  await report(0);
  for (let start = 0; start < items.length; start += rowsPerProgressStep) {
    for (const item of items.slice(start, start + rowsPerProgressStep)) results.push(map(item));
    await report(results.length);
  }
  return results;
};
