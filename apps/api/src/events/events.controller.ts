import { agendaReplaceInputSchema, type AgendaReplaceInput, type AgendaView } from '@compact-tracker/domain';
import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams } from '../common/openapi.js';
import { agendaQuerySchema, idParamsSchema, noQuerySchema, type AgendaQuery, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { UpdateEndpoint } from '../common/write-endpoint.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('activities/:id/agenda')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @RespondsWithResource()
  @ApiOperation({ summary: "An event's agenda in a chosen time zone, with its timing findings; ETag is the activity's version" })
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

  @Put()
  @UpdateEndpoint({
    summary: "Replace an event's schedule and all its agenda items at once (agenda:write); If-Match is the activity's ETag. Timing problems are saved and answered as findings",
    params: idParamsSchema,
    body: 'AgendaReplaceInput',
    response: 'AgendaView',
    description: "The agenda as saved, in the event's zone, with its findings; ETag is the activity's new version",
    errors: [400, 401, 403, 404, 412, 413, 415, 428],
  })
  replaceAgenda(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(agendaReplaceInputSchema)) input: AgendaReplaceInput,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaView> {
    return this.events.replaceAgenda(actor, params.id, version, input);
  }
}
