import { calendarDaySchema, type MilestoneView } from '@compact-tracker/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams } from '../common/openapi.js';
import { idParamsSchema, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { MilestonesService } from './milestones.service.js';

const milestoneQuerySchema = z
  .object({
    asOf: calendarDaySchema
      .optional()
      .describe("The timeline's as-of day (YYYY-MM-DD), accepted like the workplan's; milestones are the same whatever the day."),
  })
  .strict();
type MilestoneQuery = z.infer<typeof milestoneQuerySchema>;

@ApiTags('workplans')
@Controller('workplans/:id/milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @ApiOperation({ summary: "The timeline's milestones: the UNECE regional review, the IMRF and each open action point's due date" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(milestoneQuerySchema)
  @ApiJsonResponse(200, 'MilestoneView', 'The milestones in calendar order', { isArray: true })
  @ApiErrorResponses(400, 404)
  listMilestones(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(milestoneQuerySchema)) _query: MilestoneQuery,
  ): Promise<MilestoneView[]> {
    return this.milestones.listMilestones(params.id);
  }
}
