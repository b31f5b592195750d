import {
  actionPointInputSchema,
  actionPointListQuerySchema,
  actionPointUpdateInputSchema,
  type ActionPointInput,
  type ActionPointListQuery,
  type ActionPointUpdateInput,
  type ActionPointView,
} from '@compact-tracker/domain';
import { Body, Controller, Delete, Get, Param, Patch, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { toStreamableFile } from '../common/file-download.js';
import {
  ApiErrorResponses,
  ApiJsonResponse,
  ApiParams,
  ApiQueryParams,
} from '../common/openapi.js';
import { idParamsSchema, noBodySchema, noQuerySchema, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { CreateEndpoint, DeleteEndpoint, FileEndpoint, UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { exportQuerySchema, type ExportQuery } from '../exports/export-query.js';
import { ActionPointExportsService } from './action-point-exports.service.js';
import { ActionPointsService } from './action-points.service.js';

@ApiTags('action points')
@Controller()
export class ActionPointsController {
  constructor(
    private readonly actionPoints: ActionPointsService,
    private readonly exports: ActionPointExportsService,
  ) {}

  @Get('workplans/:id/action-points')
  @ApiOperation({ summary: "The workplan's follow-up list: every action point, overdue first, then by due date" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(actionPointListQuerySchema)
  @ApiJsonResponse(200, 'ActionPointView', 'The action points', { isArray: true })
  @ApiErrorResponses(400, 404)
  async listActionPoints(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(actionPointListQuerySchema)) query: ActionPointListQuery,
  ): Promise<ActionPointView[]> {
    return (await this.actionPoints.listForWorkplan(params.id, query)).actionPoints;
  }

  @Get('workplans/:id/action-points/export.csv')
  @FileEndpoint({
    summary: 'The follow-up list as CSV (RFC 4180, UTF-8 with BOM), headers and labels in the chosen language',
    params: idParamsSchema,
    query: exportQuerySchema,
    file: 'csv',
    description: 'The action points, as an attachment',
    errors: [400, 404],
  })
  async exportCsv(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportCsv(params.id, query));
  }

  @Get('workplans/:id/action-points/export.xlsx')
  @FileEndpoint({
    summary: 'The follow-up list as an Excel workbook, headers and labels in the chosen language',
    params: idParamsSchema,
    query: exportQuerySchema,
    file: 'xlsx',
    description: 'The workbook, as an attachment',
    errors: [400, 404],
  })
  async exportXlsx(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportXlsx(params.id, query));
  }

  @Post('activities/:id/action-points')
  @CreateEndpoint({
    summary: 'Record an action point agreed at an activity (activity:write)',
    params: idParamsSchema,
    body: 'ActionPointInput',
    response: 'ActionPointView',
    description: 'The new action point; Location is its URL, ETag its version',
    locationPrefix: '/api/action-points',
    errors: [400, 401, 403, 404, 413, 415, 422],
  })
  createActionPoint(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(actionPointInputSchema)) input: ActionPointInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ActionPointView> {
    return this.actionPoints.createActionPoint(actor, params.id, input, idempotency);
  }

  @Patch('action-points/:id')
  @UpdateEndpoint({
    summary: 'Change some fields of an action point (activity:write)',
    params: idParamsSchema,
    body: 'ActionPointUpdateInput',
    response: 'ActionPointView',
    description: 'The action point after the change',
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  updateActionPoint(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(actionPointUpdateInputSchema)) input: ActionPointUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ActionPointView> {
    return this.actionPoints.updateActionPoint(actor, params.id, version, input);
  }

  @Delete('action-points/:id')
  @DeleteEndpoint({
    summary: 'Delete an action point (activity:write)',
    params: idParamsSchema,
    errors: [400, 401, 403, 404, 412, 428],
  })
  deleteActionPoint(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.actionPoints.deleteActionPoint(actor, params.id, version);
  }
}
