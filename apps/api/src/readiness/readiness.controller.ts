import {
  readinessAnswerInputSchema,
  readinessAsOfQuerySchema,
  readinessCommentInputSchema,
  readinessCriterionInputSchema,
  readinessCriterionUpdateInputSchema,
  readinessReviewDecisionInputSchema,
  readinessSignOffInputSchema,
  type ReadinessAnswerInput,
  type ReadinessAsOfQuery,
  type ReadinessCommentInput,
  type ReadinessCommentView,
  type ReadinessCriterionDetailView,
  type ReadinessCriterionInput,
  type ReadinessCriterionUpdateInput,
  type ReadinessReviewDecisionInput,
  type ReadinessReviewView,
  type ReadinessSignOffInput,
  type ReadinessView,
} from '@compact-tracker/domain';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams, sessionCookieScheme } from '../common/openapi.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { CreateEndpoint, UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { ReadinessCriteriaService } from './readiness-criteria.service.js';
import { ReadinessReviewService } from './readiness-review.service.js';
import { ReadinessService } from './readiness.service.js';

@ApiTags('readiness review')
@Controller()
export class ReadinessController {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly criteria: ReadinessCriteriaService,
    private readonly review: ReadinessReviewService,
  ) {}

  @Get('networks/:id/readiness')
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Readiness for the IMRF: countdown, each criterion with its status, figures, evidence, owner, due date and review state, and the sign-off; now or as of a past day or instant' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(readinessAsOfQuerySchema)
  @ApiJsonResponse(200, 'ReadinessView', 'The readiness review')
  @ApiErrorResponses(400, 401, 403, 404)
  getReadiness(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(readinessAsOfQuerySchema)) query: ReadinessAsOfQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessView> {
    return this.readiness.getReadiness(actor, params.id, query.asOf);
  }

  @Post('networks/:id/readiness/criteria')
  @CreateEndpoint({
    summary: 'Add an evidence-based criterion to your network’s readiness review; met or partly met needs evidence (readiness:write)',
    params: idParamsSchema,
    body: 'ReadinessCriterionInput',
    response: 'ReadinessCriterionDetailView',
    description: 'The new criterion; Location is its URL, ETag its version',
    locationPrefix: '/api/readiness/criteria',
    errors: [400, 401, 403, 404, 409, 413, 415, 422],
  })
  createCriterion(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(readinessCriterionInputSchema)) input: ReadinessCriterionInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessCriterionDetailView> {
    return this.criteria.createCriterion(actor, params.id, input, idempotency);
  }

  @Get('readiness/criteria/:id')
  @RespondsWithResource()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'One readiness criterion with its comments and review steps, now or as of a past day or instant; ETag is its current version' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(readinessAsOfQuerySchema)
  @ApiJsonResponse(200, 'ReadinessCriterionDetailView', 'The criterion')
  @ApiErrorResponses(400, 401, 403, 404)
  getCriterion(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(readinessAsOfQuerySchema)) query: ReadinessAsOfQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessCriterionDetailView> {
    return this.readiness.getCriterion(actor, params.id, query.asOf);
  }

  @Patch('readiness/criteria/:id')
  @UpdateEndpoint({
    summary: "Change a criterion's title, description, owner, due date or evidence, and an evidence-based one's status (readiness:write)",
    params: idParamsSchema,
    body: 'ReadinessCriterionUpdateInput',
    response: 'ReadinessCriterionDetailView',
    description: 'The criterion after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  updateCriterion(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(readinessCriterionUpdateInputSchema)) input: ReadinessCriterionUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessCriterionDetailView> {
    return this.criteria.updateCriterion(actor, params.id, version, input);
  }

  @Post('readiness/criteria/:id/comments')
  @CreateEndpoint({
    summary: 'Comment on a criterion (readiness:review)',
    params: idParamsSchema,
    body: 'ReadinessCommentInput',
    response: 'ReadinessCommentView',
    description: 'The comment',
    errors: [400, 401, 403, 404, 413, 415, 422],
  })
  addComment(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(readinessCommentInputSchema)) input: ReadinessCommentInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessCommentView> {
    return this.review.addComment(actor, params.id, input, idempotency);
  }

  @Post('readiness/criteria/:id/review')
  @HttpCode(200)
  @UpdateEndpoint({
    summary: 'Accept a criterion, or return it with a reason (readiness:review); refused once the review is signed off',
    params: idParamsSchema,
    body: 'ReadinessReviewDecisionInput',
    response: 'ReadinessCriterionDetailView',
    description: 'The criterion after the step',
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
  })
  decide(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(readinessReviewDecisionInputSchema)) input: ReadinessReviewDecisionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessCriterionDetailView> {
    return this.review.decide(actor, params.id, version, input);
  }

  @Post('readiness/criteria/:id/answer')
  @HttpCode(200)
  @UpdateEndpoint({
    summary: 'Answer a returned criterion, which opens it again for the reviewer (readiness:write)',
    params: idParamsSchema,
    body: 'ReadinessAnswerInput',
    response: 'ReadinessCriterionDetailView',
    description: 'The criterion after the answer',
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
  })
  answer(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(readinessAnswerInputSchema)) input: ReadinessAnswerInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessCriterionDetailView> {
    return this.review.answer(actor, params.id, version, input);
  }

  @Post('networks/:id/readiness/sign-off')
  @HttpCode(200)
  @UpdateEndpoint({
    summary: 'Sign off the whole readiness review (readiness:review); refused with 409 naming the returned criteria while any is returned. If-Match: the review’s version',
    params: idParamsSchema,
    body: 'ReadinessSignOffInput',
    response: 'ReadinessReviewView',
    description: 'The review after the sign-off',
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
  })
  signOff(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(readinessSignOffInputSchema)) input: ReadinessSignOffInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessReviewView> {
    return this.review.signOff(actor, params.id, version, input);
  }
}
