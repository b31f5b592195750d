export const domainErrorCodes = [
  'validation_failed',
  'not_found',
  'unknown_time_zone',
  'invalid_status_transition',
  'conflict',
  'unauthenticated',
  'forbidden',
  'invalid_credentials',
  'too_many_attempts',
  'csrf_rejected',
  'precondition_required',
  'precondition_failed',
  'idempotency_key_reused',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** A field path (dot-joined, e.g. `agenda.items.2.start`) and what is wrong with it. */
export type FieldProblem = { path: string; message: string };

export type DomainErrorOptions = {
  /** For `too_many_attempts`: how long the client should wait before trying again. */
  retryAfterSeconds?: number;
};

/** The one error type the domain throws; the API maps `code` to an HTTP status in one place. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fields: FieldProblem[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: DomainErrorCode, message: string, fields?: FieldProblem[], options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
