import { activityStatusChangeInputSchema, type ActivityDetailView, type ActivityStatusChangeInput } from '@compact-tracker/domain';
import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, ApiJsonBody, ApiJsonResponse, ApiParams, ApiQueryParams } from '../common/openapi.js';
import { asOfQuerySchema, idParamsSchema, type AsOfQuery, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { ActivitiesService } from './activities.service.js';

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One activity with its purpose, organisations, objectives, deliverables and schedule' })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(asOfQuerySchema)
  @ApiJsonResponse(200, 'ActivityDetailView', 'The activity')
  @ApiErrorResponses(400, 404)
  getActivity(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(asOfQuerySchema)) query: AsOfQuery,
  ): Promise<ActivityDetailView> {
    return this.activities.getActivity(params.id, query.asOf);
  }

  @Patch(':id/status')
  @ApiOperation({ summary: "Move an activity to another status; `version` must be the activity's current version" })
  @ApiParams(idParamsSchema)
  @ApiJsonBody('ActivityStatusChangeInput')
  @ApiJsonResponse(200, 'ActivityDetailView', 'The activity after the change')
  @ApiErrorResponses(400, 404, 409, 413, 415)
  changeStatus(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Body(new ZodValidationPipe(activityStatusChangeInputSchema)) input: ActivityStatusChangeInput,
  ): Promise<ActivityDetailView> {
    return this.activities.changeStatus(params.id, input);
  }
}
