import { readinessAsOfQuerySchema, type ReadinessAsOfQuery, type ReadinessGridCellDetailView, type ReadinessGridView } from '@compact-tracker/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams, sessionCookieScheme } from '../common/openapi.js';
import { idParamsSchema, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { gridCellParamsSchema, type GridCellParams } from './readiness-request-schemas.js';
import { ReadinessGridService } from './readiness-grid.service.js';

@ApiTags('readiness review')
@Controller('networks/:id/readiness/grid')
export class ReadinessGridController {
  constructor(private readonly grid: ReadinessGridService) {}

  @Get()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'The 23 GCM objectives × 10 guiding principles: per cell, activities, indicators with a baseline, and indicators without one; now or as of a past day or instant' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(readinessAsOfQuerySchema)
  @ApiJsonResponse(200, 'ReadinessGridView', 'The grid, every cell listed')
  @ApiErrorResponses(400, 401, 403, 404)
  getGrid(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(readinessAsOfQuerySchema)) query: ReadinessAsOfQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessGridView> {
    return this.grid.getGrid(actor, params.id, query.asOf);
  }

  @Get(':objective/:principle')
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'One cell of the grid: the activities and indicators it counts, each indicator with its baseline state' })
  @ApiParams(gridCellParamsSchema)
  @ApiQueryParams(readinessAsOfQuerySchema)
  @ApiJsonResponse(200, 'ReadinessGridCellDetailView', 'The cell')
  @ApiErrorResponses(400, 401, 403, 404)
  getCell(
    @Param(new ZodValidationPipe(gridCellParamsSchema)) params: GridCellParams,
    @Query(new ZodValidationPipe(readinessAsOfQuerySchema)) query: ReadinessAsOfQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessGridCellDetailView> {
    return this.grid.getCell(actor, params.id, params.objective, params.principle, query.asOf);
  }
}
