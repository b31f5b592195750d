export const domainErrorCodes = [
  'validation_failed',
  'not_found',
  'unknown_time_zone',
  'invalid_status_transition',
  'conflict',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** A field path (dot-joined, e.g. `agenda.items.2.start`) and what is wrong with it. */
export type FieldProblem = { path: string; message: string };

/** The one error type the domain throws; the API maps `code` to an HTTP status in one place. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fields: FieldProblem[] | undefined;

  constructor(code: DomainErrorCode, message: string, fields?: FieldProblem[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
