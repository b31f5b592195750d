import { DomainError, type FieldProblem } from '@compact-tracker/domain';
import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

const locationNames: Record<ArgumentMetadata['type'], string> = {
  param: 'path parameters',
  query: 'query parameters',
  body: 'request body',
  custom: 'input',
};

/**
 * One problem per field, the first zod found (a refinement after a failed format check only repeats it); a key
 * that is not allowed is named itself, not its parent object.
 */
export const toFieldProblems = (error: z.ZodError, rootPath: string): FieldProblem[] => {
  const problems = error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'is not allowed' }));
    }
    return [{ path: path.length > 0 ? path.join('.') : rootPath, message: issue.message }];
  });
  return problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path) === index);
};

/**
 * Paths of strings (values or keys) holding the NUL character: JSON allows it, PostgreSQL's text does not, so it is
 * refused here as bad input instead of failing in the database.
 */
export const findNulCharacters = (value: unknown, path: string[] = []): FieldProblem[] => {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ path: path.join('.'), message: 'must not contain the NUL character' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findNulCharacters(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key.includes('\u0000') ? [{ path: [...path, key].join('.'), message: 'must not contain the NUL character' }] : findNulCharacters(item, [...path, key]),
    );
  }
  return [];
};

/**
 * The one validation pipe: `new ZodValidationPipe(schema)` on a whole `@Param()`, `@Query()` or `@Body()`.
 * The schema comes from the domain package (or is built from its pieces), so the API and the web app agree.
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<Schema> {
    const location = locationNames[metadata.type];
    const result = this.schema.safeParse(value);
    // Checked on what the schema let through: its shape is bounded, whatever depth the request had.
    const fields = result.success
      ? findNulCharacters(result.data).map((problem) => ({ ...problem, path: problem.path || metadata.type }))
      : toFieldProblems(result.error, metadata.type);
    if (result.success && fields.length === 0) return result.data;
    const names = fields.map((field) => field.path).join(', ');
    throw new DomainError('validation_failed', `Invalid ${location}: ${names}`, fields);
  }
}
