import {
  indicatorBaselineInputSchema,
  indicatorBaselineUpdateInputSchema,
  indicatorInputSchema,
  indicatorTargetsInputSchema,
  indicatorUpdateInputSchema,
  type IndicatorBaselineInput,
  type IndicatorBaselineUpdateInput,
  type IndicatorBaselineView,
  type IndicatorInput,
  type IndicatorTargetsInput,
  type IndicatorUpdateInput,
  type IndicatorView,
} from '@compact-tracker/domain';
import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiErrorResponses, ApiJsonResponse, ApiParams } from '../common/openapi.js';
import { idParamsSchema, noBodySchema, noQuerySchema, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { CreateEndpoint, DeleteEndpoint, UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { IndicatorsService } from './indicators.service.js';

@ApiTags('indicators and baselines')
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get('networks/:id/indicators')
  @ApiOperation({ summary: "The network's national indicators, by code, with their targets" })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'IndicatorView', 'The indicators', { isArray: true })
  @ApiErrorResponses(400, 404)
  listIndicators(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<IndicatorView[]> {
    return this.indicators.listIndicators(params.id);
  }

  @Post('networks/:id/indicators')
  @CreateEndpoint({
    summary: 'Add a national indicator to your network; its code is unique in the network (baseline:write)',
    params: idParamsSchema,
    body: 'IndicatorInput',
    response: 'IndicatorView',
    description: 'The new indicator; Location is its URL, ETag its version',
    locationPrefix: '/api/indicators',
    errors: [400, 401, 403, 404, 409, 413, 415, 422],
  })
  createIndicator(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(indicatorInputSchema)) input: IndicatorInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorView> {
    return this.indicators.createIndicator(actor, params.id, input, idempotency);
  }

  @Get('indicators/:id')
  @RespondsWithResource()
  @ApiOperation({ summary: 'One indicator with its targets' })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'IndicatorView', 'The indicator; ETag is its version')
  @ApiErrorResponses(400, 404)
  getIndicator(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<IndicatorView> {
    return this.indicators.getIndicator(params.id);
  }

  @Patch('indicators/:id')
  @UpdateEndpoint({
    summary: "Change an indicator's description; its measure is fixed, and dimensions its baselines use stay (baseline:write)",
    params: idParamsSchema,
    body: 'IndicatorUpdateInput',
    response: 'IndicatorView',
    description: 'The indicator after the change',
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
  })
  updateIndicator(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(indicatorUpdateInputSchema)) input: IndicatorUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorView> {
    return this.indicators.updateIndicator(actor, params.id, version, input);
  }

  @Delete('indicators/:id')
  @DeleteEndpoint({
    summary: 'Delete an indicator with its baselines (baseline:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteIndicator(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.indicators.deleteIndicator(actor, params.id, version);
  }

  @Put('indicators/:id/targets')
  @UpdateEndpoint({
    summary: "Replace the indicator's targets per period: numbers for quantitative measures, text for qualitative ones (baseline:write)",
    params: idParamsSchema,
    body: 'IndicatorTargetsInput',
    response: 'IndicatorView',
    description: 'The indicator with its new targets',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  replaceTargets(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(indicatorTargetsInputSchema)) input: IndicatorTargetsInput,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorView> {
    return this.indicators.replaceTargets(actor, params.id, version, input);
  }

  @Get('indicators/:id/baselines')
  @ApiOperation({ summary: "The indicator's baselines and data gaps, latest reference year first, with who recorded each" })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'IndicatorBaselineView', 'The baselines', { isArray: true })
  @ApiErrorResponses(400, 404)
  listBaselines(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<IndicatorBaselineView[]> {
    return this.indicators.listBaselines(params.id);
  }

  @Post('indicators/:id/baselines')
  @CreateEndpoint({
    summary: 'Record a baseline of the indicator, or a data gap with its reason (baseline:write)',
    params: idParamsSchema,
    body: 'IndicatorBaselineInput',
    response: 'IndicatorBaselineView',
    description: 'The new baseline; Location is its URL, ETag its version',
    locationPrefix: '/api/baselines',
    errors: [400, 401, 403, 404, 413, 415, 422],
  })
  createBaseline(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(indicatorBaselineInputSchema)) input: IndicatorBaselineInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorBaselineView> {
    return this.indicators.createBaseline(actor, params.id, input, idempotency);
  }

  @Patch('baselines/:id')
  @UpdateEndpoint({
    summary: "Change a baseline; the result is checked against its indicator's rules again (baseline:write)",
    params: idParamsSchema,
    body: 'IndicatorBaselineUpdateInput',
    response: 'IndicatorBaselineView',
    description: 'The baseline after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  updateBaseline(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(indicatorBaselineUpdateInputSchema)) input: IndicatorBaselineUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorBaselineView> {
    return this.indicators.updateBaseline(actor, params.id, version, input);
  }

  @Delete('baselines/:id')
  @DeleteEndpoint({
    summary: 'Delete a baseline; the audit trail keeps what it said (baseline:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteBaseline(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.indicators.deleteBaseline(actor, params.id, version);
  }
}
