import { progressNoteInputSchema, type ProgressEntryView, type ProgressNoteInput } from '@compact-tracker/domain';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiCsrfHeader, ApiErrorResponses, ApiIdempotencyKeyHeader, ApiJsonBody, ApiJsonResponse, ApiParams, sessionCookieScheme } from '../common/openapi.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { ProgressLogService } from './progress-log.service.js';

@ApiTags('activities')
@Controller('activities/:id/progress')
export class ProgressLogController {
  constructor(private readonly progressLog: ProgressLogService) {}

  @Get()
  @ApiOperation({ summary: "An activity's progress log, newest first: its status changes with their notes, and notes on their own" })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'ProgressEntryView', 'The entries', { isArray: true })
  @ApiErrorResponses(400, 404)
  listEntries(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
  ): Promise<ProgressEntryView[]> {
    return this.progressLog.listEntries(params.id);
  }

  @Post()
  @ApiCsrfHeader()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Add a dated progress note without changing the status (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIdempotencyKeyHeader()
  @ApiJsonBody('ProgressNoteInput')
  @ApiJsonResponse(201, 'ProgressEntryView', 'The new entry')
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
  addNote(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(progressNoteInputSchema)) input: ProgressNoteInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressEntryView> {
    return this.progressLog.addNote(actor, params.id, input, idempotency);
  }
}
