import { QueryFailedError } from 'typeorm';

/** `"column" IN ('a', 'b')`, for check constraints built from the domain's lists of allowed values. */
export const sqlIn = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;

/** A PostgreSQL unique violation (23505) of the named constraint, as TypeORM reports it. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean => {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || violated === constraint);
};
