import { outcomeRecordInputSchema, outcomeReturnInputSchema, type OutcomeRecordInput, type OutcomeRecordView, type OutcomeReturnInput } from '@compact-tracker/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiCsrfHeader, ApiErrorResponses, ApiIfMatchHeader, ApiJsonBody, ApiJsonResponse, ApiParams, sessionCookieScheme } from '../common/openapi.js';
import { idParamsSchema, noBodySchema, noQuerySchema, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IfMatchVersion, OptionalIfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { OutcomesService } from './outcomes.service.js';

@ApiTags('outcomes')
@Controller('activities/:id/outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get()
  @RespondsWithResource()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: "The activity's outcomes record and the co-chairs' review of it, or null while none is recorded; ETag is its version" })
  @ApiParams(idParamsSchema)
  @ApiResponse({ status: 200, description: 'The record, or null', schema: { oneOf: [{ $ref: '#/components/schemas/OutcomeRecordView' }], nullable: true } })
  @ApiErrorResponses(400, 401, 403, 404)
  getOutcomes(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @CurrentActor() actor: Actor,
  ): Promise<OutcomeRecordView | null> {
    return this.outcomes.getOutcomes(actor, params.id);
  }

  @Put()
  @ApiCsrfHeader()
  @RespondsWithResource()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Record the outcomes and decisions (no If-Match) or revise them (If-Match); a revision clears the sign-offs (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Absent to record the first version; the ETag of the version read to revise it (then required: 428 without, 412 when stale).',
    schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' },
  })
  @ApiJsonBody('OutcomeRecordInput')
  @ApiJsonResponse(200, 'OutcomeRecordView', 'The record as it now reads')
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 413, 415, 428)
  putOutcomes(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @OptionalIfMatchVersion() version: number | undefined,
    @Body(new ZodValidationPipe(outcomeRecordInputSchema)) input: OutcomeRecordInput,
    @CurrentActor() actor: Actor,
  ): Promise<OutcomeRecordView> {
    return this.outcomes.putOutcomes(actor, params.id, version, input);
  }

  @Post('sign-off')
  @HttpCode(200)
  @ApiCsrfHeader()
  @RespondsWithResource()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: "Sign off the record for your organisation, which must be one of the network's co-chairs (activity:write); signed off once all have" })
  @ApiParams(idParamsSchema)
  @ApiIfMatchHeader()
  @ApiJsonResponse(200, 'OutcomeRecordView', 'The record after the sign-off')
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 413, 415, 428)
  signOff(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<OutcomeRecordView> {
    return this.outcomes.signOff(actor, params.id, version);
  }

  @Post('return')
  @HttpCode(200)
  @UpdateEndpoint({
    summary: 'Return the record to be revised, with a reason; clears the sign-offs (activity:write, co-chair organisations only)',
    params: idParamsSchema,
    body: 'OutcomeReturnInput',
    response: 'OutcomeRecordView',
    description: 'The record after the return',
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
  })
  returnRecord(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(outcomeReturnInputSchema)) input: OutcomeReturnInput,
    @CurrentActor() actor: Actor,
  ): Promise<OutcomeRecordView> {
    return this.outcomes.returnRecord(actor, params.id, version, input);
  }
}
