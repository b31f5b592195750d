import { createHash } from 'node:crypto';
import { QueryFailedError } from 'typeorm';

/** `"column" IN ('a', 'b')`, for check constraints built from the domain's lists of allowed values. */
export const sqlIn = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;

/**
 * The name of a check built from a list that grows, e.g. `CHK_audit_entry_entity_type_1a2b3c4d`. TypeORM compares checks
 * by name only, so a new value under the old name would never reach the database; with the values in the name, adding
 * one makes the next generated migration replace the check.
 */
export const listCheckName = (base: string, values: readonly string[]): string =>
  `${base}_${createHash('sha256').update(values.join(',')).digest('hex').slice(0, 8)}`;

/** A PostgreSQL unique violation (23505) of the named constraint, as TypeORM reports it. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean => {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || violated === constraint);
};
