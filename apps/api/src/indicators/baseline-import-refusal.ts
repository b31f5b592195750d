import { DomainError, type FieldProblem } from '@compact-tracker/domain';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { sendErrorResponse, toDomainErrorResponse, type ErrorResponse } from '../common/api-exception-filter.js';

/**
 * A baseline file that arrived well-formed but whose content cannot be imported: a header, a cell, a row. It is a
 * validation failure like any other, answered 422 rather than 400: the request itself was right, the file is not.
 */
export class BaselineImportRefusal extends DomainError {
  constructor(message: string, fields: FieldProblem[]) {
    super('validation_failed', message, fields);
  }
}

export const refuseFile = (message: string): BaselineImportRefusal => new BaselineImportRefusal(message, [{ path: 'file', message }]);

export const toRefusalResponse = (refusal: BaselineImportRefusal): ErrorResponse => ({ ...toDomainErrorResponse(refusal), status: 422 });

/** Sends a refused file as 422 `{ code: 'validation_failed', message, fields }`; other errors go to the app's filter. */
@Catch(BaselineImportRefusal)
export class BaselineImportRefusalFilter implements ExceptionFilter {
  catch(refusal: BaselineImportRefusal, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (!reply.sent) sendErrorResponse(reply, toRefusalResponse(refusal));
  }
}
