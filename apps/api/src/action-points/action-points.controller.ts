import {
  actionPointInputSchema,
  actionPointListQuerySchema,
  actionPointUpdateInputSchema,
  type ActionPointInput,
  type ActionPointListQuery,
  type ActionPointUpdateInput,
  type ActionPointView,
} from '@compact-tracker/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiFileResponse, toStreamableFile } from '../common/file-download.js';
import {
  ApiCsrfHeader,
  ApiErrorResponses,
  ApiIdempotencyKeyHeader,
  ApiIfMatchHeader,
  ApiJsonBody,
  ApiJsonResponse,
  ApiParams,
  ApiQueryParams,
  sessionCookieScheme,
} from '../common/openapi.js';
import { idParamsSchema, noBodySchema, noQuerySchema, type IdParams, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
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
  @ApiOperation({ summary: 'The follow-up list as CSV (RFC 4180, UTF-8 with BOM), headers and labels in the chosen language' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(exportQuerySchema)
  @ApiFileResponse('csv', 'The action points, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportCsv(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportCsv(params.id, query));
  }

  @Get('workplans/:id/action-points/export.xlsx')
  @ApiOperation({ summary: 'The follow-up list as an Excel workbook, headers and labels in the chosen language' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(exportQuerySchema)
  @ApiFileResponse('xlsx', 'The workbook, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportXlsx(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportXlsx(params.id, query));
  }

  @Post('activities/:id/action-points')
  @ApiCsrfHeader()
  @RespondsWithResource({ locationPrefix: '/api/action-points' })
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Record an action point agreed at an activity (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIdempotencyKeyHeader()
  @ApiJsonBody('ActionPointInput')
  @ApiJsonResponse(201, 'ActionPointView', 'The new action point; Location is its URL, ETag its version')
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
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
  @ApiCsrfHeader()
  @RespondsWithResource()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Change some fields of an action point (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIfMatchHeader()
  @ApiJsonBody('ActionPointUpdateInput')
  @ApiJsonResponse(200, 'ActionPointView', 'The action point after the change')
  @ApiErrorResponses(400, 401, 403, 404, 412, 413, 415, 428)
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
  @ApiCsrfHeader()
  @HttpCode(204)
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Delete an action point (activity:write)' })
  @ApiParams(idParamsSchema)
  @ApiIfMatchHeader()
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiErrorResponses(400, 401, 403, 404, 412, 428)
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
