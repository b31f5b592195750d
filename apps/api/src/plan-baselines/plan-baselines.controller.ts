import { baselineInputSchema, type BaselineDiffView, type BaselineInput, type BaselineView } from '@compact-tracker/domain';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, type Actor } from '../access/actor.js';
import {
  ApiCsrfHeader,
  ApiErrorResponses,
  ApiIdempotencyKeyHeader,
  ApiJsonBody,
  ApiJsonResponse,
  ApiParams,
  sessionCookieScheme,
} from '../common/openapi.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { PlanBaselinesService } from './plan-baselines.service.js';

const baselineParamsSchema = idParamsSchema.extend({ baselineId: z.uuid({ error: 'must be a UUID' }) }).strict();
type BaselineParams = z.infer<typeof baselineParamsSchema>;

@ApiTags('baselines')
@Controller('workplans/:id/baselines')
export class PlanBaselinesController {
  constructor(private readonly baselines: PlanBaselinesService) {}

  @Post()
  @ApiCsrfHeader()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: "Freeze the workplan's current plan as a named baseline (activity:write)" })
  @ApiParams(idParamsSchema)
  @ApiIdempotencyKeyHeader()
  @ApiJsonBody('BaselineInput')
  @ApiJsonResponse(201, 'BaselineView', 'The new baseline')
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
  createBaseline(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(baselineInputSchema)) input: BaselineInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<BaselineView> {
    return this.baselines.createBaseline(actor, params.id, input, idempotency);
  }

  @Get()
  @ApiOperation({ summary: "The workplan's baselines, newest first" })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'BaselineView', 'The baselines', { isArray: true })
  @ApiErrorResponses(400, 404)
  listBaselines(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<BaselineView[]> {
    return this.baselines.listBaselines(params.id);
  }

  @Get(':baselineId/diff')
  @ApiOperation({ summary: 'The current plan against a baseline: moved dates, changed statuses, added and dropped activities' })
  @ApiParams(baselineParamsSchema)
  @ApiJsonResponse(200, 'BaselineDiffView', 'The baseline and the changes since')
  @ApiErrorResponses(400, 404)
  diffBaseline(
    @Param(new ZodValidationPipe(baselineParamsSchema)) params: BaselineParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
  ): Promise<BaselineDiffView> {
    return this.baselines.diffBaseline(params.id, params.baselineId);
  }
}
