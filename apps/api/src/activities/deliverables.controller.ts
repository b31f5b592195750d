import {
  deliverableInputSchema,
  deliverableUpdateInputSchema,
  type DeliverableInput,
  type DeliverableUpdateInput,
  type DeliverableView,
} from '@compact-tracker/domain';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import {
  ApiCsrfHeader,
  ApiErrorResponses,
  ApiIdempotencyKeyHeader,
  ApiIfMatchHeader,
  ApiJsonBody,
  ApiJsonResponse,
  ApiParams,
  sessionCookieScheme,
} from '../common/openapi.js';
import { idParamsSchema, noBodySchema, noQuerySchema, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { DeliverablesService } from './deliverables.service.js';

@ApiTags('activities')
@ApiCookieAuth(sessionCookieScheme)
@Controller()
export class DeliverablesController {
  constructor(private readonly deliverables: DeliverablesService) {}

  @Post('activities/:id/deliverables')
  @ApiCsrfHeader()
  @RespondsWithResource({ locationPrefix: '/api/deliverables' })
  @ApiOperation({ summary: 'Add an expected deliverable to an activity (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIdempotencyKeyHeader()
  @ApiJsonBody('DeliverableInput')
  @ApiJsonResponse(201, 'DeliverableView', 'The new deliverable; Location is its URL, ETag its version')
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
  createDeliverable(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(deliverableInputSchema)) input: DeliverableInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<DeliverableView> {
    return this.deliverables.createDeliverable(actor, params.id, input, idempotency);
  }

  @Patch('deliverables/:id')
  @ApiCsrfHeader()
  @RespondsWithResource()
  @ApiOperation({ summary: 'Rename a deliverable or change its status (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIfMatchHeader()
  @ApiJsonBody('DeliverableUpdateInput')
  @ApiJsonResponse(200, 'DeliverableView', 'The deliverable after the change')
  @ApiErrorResponses(400, 401, 403, 404, 412, 413, 415, 428)
  updateDeliverable(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(deliverableUpdateInputSchema)) input: DeliverableUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<DeliverableView> {
    return this.deliverables.updateDeliverable(actor, params.id, version, input);
  }

  @Delete('deliverables/:id')
  @ApiCsrfHeader()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a deliverable from its activity (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIfMatchHeader()
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiErrorResponses(400, 401, 403, 404, 412, 428)
  deleteDeliverable(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.deliverables.deleteDeliverable(actor, params.id, version);
  }
}
