import {
  activityInputSchema,
  activityStatusChangeInputSchema,
  activityUpdateInputSchema,
  type ActivityDetailView,
  type ActivityInput,
  type ActivityStatusChangeInput,
  type ActivityUpdateInput,
} from '@compact-tracker/domain';
import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import {
  ApiErrorResponses,
  ApiJsonResponse,
  ApiParams,
  ApiQueryParams,
} from '../common/openapi.js';
import { asOfQuerySchema, idParamsSchema, noBodySchema, noQuerySchema, type AsOfQuery, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { CreateEndpoint, DeleteEndpoint, UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { ActivitiesService } from './activities.service.js';

@ApiTags('activities')
@Controller()
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get('activities/:id')
  @RespondsWithResource()
  @ApiOperation({ summary: 'One activity with its purpose, organisations, objectives, deliverables and schedule; ETag is its version' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(asOfQuerySchema)
  @ApiJsonResponse(200, 'ActivityDetailView', 'The activity')
  @ApiErrorResponses(400, 404)
  getActivity(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(asOfQuerySchema)) query: AsOfQuery,
  ): Promise<ActivityDetailView> {
    return this.activities.getActivity(params.id, query.asOf);
  }

  @Post('workplans/:id/activities')
  @CreateEndpoint({
    summary: 'Add an activity to a workplan of your network (activity:write)',
    params: idParamsSchema,
    body: 'ActivityInput',
    response: 'ActivityDetailView',
    description: 'The new activity; Location is its URL, ETag its version',
    locationPrefix: '/api/activities',
    errors: [400, 401, 403, 404, 413, 415, 422],
  })
  createActivity(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(activityInputSchema)) input: ActivityInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityDetailView> {
    return this.activities.createActivity(actor, params.id, input, idempotency);
  }

  @Patch('activities/:id')
  @UpdateEndpoint({
    summary: 'Change some fields of an activity (activity:write); status moves through /status',
    params: idParamsSchema,
    body: 'ActivityUpdateInput',
    response: 'ActivityDetailView',
    description: 'The activity after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  updateActivity(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(activityUpdateInputSchema)) input: ActivityUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityDetailView> {
    return this.activities.updateActivity(actor, params.id, version, input);
  }

  @Patch('activities/:id/status')
  @UpdateEndpoint({
    summary: 'Move an activity to another status, as the transition rules allow (activity:write)',
    params: idParamsSchema,
    body: 'ActivityStatusChangeInput',
    response: 'ActivityDetailView',
    description: 'The activity after the change',
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
  })
  changeStatus(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(activityStatusChangeInputSchema)) input: ActivityStatusChangeInput,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityDetailView> {
    return this.activities.changeStatus(actor, params.id, version, input);
  }

  @Delete('activities/:id')
  @DeleteEndpoint({
    summary: 'Delete an activity with its deliverables and agenda (activity:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteActivity(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.activities.deleteActivity(actor, params.id, version);
  }
}
