import {
  crosswalkLinkInputSchema,
  crosswalkLinkUpdateInputSchema,
  strategyGoalInputSchema,
  strategyObjectiveInputSchema,
  type CrosswalkLinkInput,
  type CrosswalkLinkUpdateInput,
  type CrosswalkLinkView,
  type CrosswalkMatrixView,
  type GcmFrameworkView,
  type SdgFrameworkView,
  type StrategyGoalInput,
  type StrategyGoalView,
  type StrategyObjectiveInput,
  type StrategyObjectiveView,
  type StrategyView,
} from '@compact-tracker/domain';
import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import {
  ApiErrorResponses,
  ApiJsonResponse,
  ApiParams,
} from '../common/openapi.js';
import { idParamsSchema, noBodySchema, noQuerySchema, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { CreateEndpoint, DeleteEndpoint, UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { CrosswalkService } from './crosswalk.service.js';

@ApiTags('frameworks and crosswalk')
@Controller()
export class CrosswalkController {
  constructor(private readonly crosswalk: CrosswalkService) {}

  @Get('frameworks/gcm')
  @ApiOperation({ summary: 'The 23 GCM objectives and 10 guiding principles, with their source' })
  @ApiJsonResponse(200, 'GcmFrameworkView', 'The GCM reference framework')
  @ApiErrorResponses(400)
  getGcm(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<GcmFrameworkView> {
    return this.crosswalk.getGcm();
  }

  @Get('frameworks/sdg')
  @ApiOperation({ summary: 'The migration-relevant SDG targets with their indicators; changed or unverified wording is flagged' })
  @ApiJsonResponse(200, 'SdgFrameworkView', 'The SDG reference framework')
  @ApiErrorResponses(400)
  getSdg(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<SdgFrameworkView> {
    return this.crosswalk.getSdg();
  }

  @Get('networks/:id/strategy')
  @ApiOperation({ summary: "The network's national migration strategy as a tree of goals and objectives (placeholders are marked)" })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'StrategyView', 'The strategy tree')
  @ApiErrorResponses(400, 404)
  getStrategy(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<StrategyView> {
    return this.crosswalk.getStrategy(params.id);
  }

  @Post('networks/:id/strategy/goals')
  @CreateEndpoint({
    summary: "Add a goal to your network's strategy (crosswalk:write)",
    params: idParamsSchema,
    body: 'StrategyGoalInput',
    response: 'StrategyGoalView',
    description: 'The new goal; Location is its URL, ETag its version',
    locationPrefix: '/api/strategy/goals',
    errors: [400, 401, 403, 404, 413, 415, 422],
  })
  createGoal(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(strategyGoalInputSchema)) input: StrategyGoalInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<StrategyGoalView> {
    return this.crosswalk.createGoal(actor, params.id, input, idempotency);
  }

  @Patch('strategy/goals/:id')
  @UpdateEndpoint({
    summary: "Rename a strategy goal; a placeholder's new title clears its placeholder mark (crosswalk:write)",
    params: idParamsSchema,
    body: 'StrategyGoalInput',
    response: 'StrategyGoalView',
    description: 'The goal after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  renameGoal(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(strategyGoalInputSchema)) input: StrategyGoalInput,
    @CurrentActor() actor: Actor,
  ): Promise<StrategyGoalView> {
    return this.crosswalk.renameGoal(actor, params.id, version, input);
  }

  @Delete('strategy/goals/:id')
  @DeleteEndpoint({
    summary: 'Delete a strategy goal with its objectives and their crosswalk links (crosswalk:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteGoal(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.crosswalk.deleteGoal(actor, params.id, version);
  }

  @Post('strategy/goals/:id/objectives')
  @CreateEndpoint({
    summary: 'Add an objective to a strategy goal (crosswalk:write)',
    params: idParamsSchema,
    body: 'StrategyObjectiveInput',
    response: 'StrategyObjectiveView',
    description: 'The new objective; Location is its URL, ETag its version',
    locationPrefix: '/api/strategy/objectives',
    errors: [400, 401, 403, 404, 413, 415, 422],
  })
  createObjective(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(strategyObjectiveInputSchema)) input: StrategyObjectiveInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<StrategyObjectiveView> {
    return this.crosswalk.createObjective(actor, params.id, input, idempotency);
  }

  @Patch('strategy/objectives/:id')
  @UpdateEndpoint({
    summary: "Rename a strategy objective; a placeholder's new title clears its placeholder mark (crosswalk:write)",
    params: idParamsSchema,
    body: 'StrategyObjectiveInput',
    response: 'StrategyObjectiveView',
    description: 'The objective after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  renameObjective(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(strategyObjectiveInputSchema)) input: StrategyObjectiveInput,
    @CurrentActor() actor: Actor,
  ): Promise<StrategyObjectiveView> {
    return this.crosswalk.renameObjective(actor, params.id, version, input);
  }

  @Delete('strategy/objectives/:id')
  @DeleteEndpoint({
    summary: 'Delete a strategy objective with its crosswalk links (crosswalk:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteObjective(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.crosswalk.deleteObjective(actor, params.id, version);
  }

  @Post('crosswalk/links')
  @CreateEndpoint({
    summary: 'Link a strategy objective to a GCM objective, SDG target or SDG indicator, with a fit and a rationale (crosswalk:write)',
    body: 'CrosswalkLinkInput',
    response: 'CrosswalkLinkView',
    description: 'The new link; Location is its URL, ETag its version',
    locationPrefix: '/api/crosswalk/links',
    errors: [400, 401, 403, 409, 413, 415, 422],
  })
  createLink(
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(crosswalkLinkInputSchema)) input: CrosswalkLinkInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<CrosswalkLinkView> {
    return this.crosswalk.createLink(actor, input, idempotency);
  }

  @Patch('crosswalk/links/:id')
  @UpdateEndpoint({
    summary: "Change a link's fit or rationale (crosswalk:write)",
    params: idParamsSchema,
    body: 'CrosswalkLinkUpdateInput',
    response: 'CrosswalkLinkView',
    description: 'The link after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  updateLink(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(crosswalkLinkUpdateInputSchema)) input: CrosswalkLinkUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<CrosswalkLinkView> {
    return this.crosswalk.updateLink(actor, params.id, version, input);
  }

  @Delete('crosswalk/links/:id')
  @DeleteEndpoint({
    summary: 'Delete a crosswalk link (crosswalk:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteLink(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.crosswalk.deleteLink(actor, params.id, version);
  }

  @Get('networks/:id/crosswalk')
  @ApiOperation({ summary: "The crosswalk matrix: each strategy objective's links, coverage per GCM objective (counted in SQL) and the GCM objectives with no link" })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'CrosswalkMatrixView', 'The matrix')
  @ApiErrorResponses(400, 404)
  getMatrix(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<CrosswalkMatrixView> {
    return this.crosswalk.getMatrix(params.id);
  }
}
