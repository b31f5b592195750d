import { gcmObjectiveNumberParamSchema, type GcmObjectiveDrillDownView, type IndicatorDashboardView } from '@compact-tracker/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiErrorResponses, ApiJsonResponse, ApiParams } from '../common/openapi.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IndicatorDashboardService } from './indicator-dashboard.service.js';

const objectiveParamsSchema = idParamsSchema.extend({ number: gcmObjectiveNumberParamSchema }).strict();
type ObjectiveParams = z.infer<typeof objectiveParamsSchema>;

@ApiTags('indicator dashboard')
@Controller()
export class IndicatorDashboardController {
  constructor(private readonly dashboard: IndicatorDashboardService) {}

  @Get('networks/:id/indicator-dashboard')
  @ApiOperation({
    summary:
      "The network's indicator-baseline dashboard, counted in SQL: coverage of the 23 GCM objectives, by SDG target and by strategy goal; completeness and data quality; the data-gap register by GCM objective",
  })
  @ApiParams(idParamsSchema)
  @ApiJsonResponse(200, 'IndicatorDashboardView', 'The dashboard')
  @ApiErrorResponses(400, 404)
  getDashboard(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<IndicatorDashboardView> {
    return this.dashboard.getDashboard(params.id);
  }

  @Get('networks/:id/indicator-dashboard/objectives/:number')
  @ApiOperation({ summary: "Drill-down: the network's indicators of one GCM objective with the baseline (or gap) that counts and their targets, and the strategy objectives linked to it" })
  @ApiParams(objectiveParamsSchema)
  @ApiJsonResponse(200, 'GcmObjectiveDrillDownView', 'The indicators of the objective')
  @ApiErrorResponses(400, 404)
  getObjective(
    @Param(new ZodValidationPipe(objectiveParamsSchema)) params: ObjectiveParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
  ): Promise<GcmObjectiveDrillDownView> {
    return this.dashboard.getObjective(params.id, params.number);
  }
}
