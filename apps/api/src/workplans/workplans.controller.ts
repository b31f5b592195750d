import type { WorkplanDetailView, WorkplanSummaryView } from '@compact-tracker/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams } from '../common/openapi.js';
import { asOfQuerySchema, idParamsSchema, noQuerySchema, type AsOfQuery, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { WorkplansService } from './workplans.service.js';

@ApiTags('workplans')
@Controller('workplans')
export class WorkplansController {
  constructor(private readonly workplans: WorkplansService) {}

  @Get()
  @ApiOperation({ summary: 'All workplans, newest year first' })
  @ApiJsonResponse(200, 'WorkplanSummaryView', 'The workplans', { isArray: true })
  @ApiErrorResponses(400)
  listWorkplans(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<WorkplanSummaryView[]> {
    return this.workplans.listWorkplans();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One workplan with its activities in calendar order, checked as of a day' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(asOfQuerySchema)
  @ApiJsonResponse(200, 'WorkplanDetailView', 'The workplan')
  @ApiErrorResponses(400, 404)
  getWorkplan(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(asOfQuerySchema)) query: AsOfQuery,
  ): Promise<WorkplanDetailView> {
    return this.workplans.getWorkplan(params.id, query.asOf);
  }
}
