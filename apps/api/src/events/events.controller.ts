import type { AgendaView } from '@compact-tracker/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams } from '../common/openapi.js';
import { agendaQuerySchema, idParamsSchema, type AgendaQuery, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('activities/:id/agenda')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOperation({ summary: "An event's agenda in a chosen time zone, with its timing findings" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(agendaQuerySchema)
  @ApiJsonResponse(200, 'AgendaView', 'The agenda; start and end carry the offset of the chosen zone on the event day')
  @ApiErrorResponses(400, 404)
  getAgenda(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(agendaQuerySchema)) query: AgendaQuery,
  ): Promise<AgendaView> {
    return this.events.getAgenda(params.id, query.tz);
  }
}
