import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { toStreamableFile } from '../common/file-download.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { FileEndpoint } from '../common/write-endpoint.js';
import { CalendarsService } from './calendars.service.js';

@ApiTags('calendars')
@Controller()
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get('activities/:id/calendar.ics')
  @FileEndpoint({
    summary: "One scheduled event as an iCalendar file (RFC 5545): its window in the event's zone with that zone's VTIMEZONE, the agenda in the description",
    params: idParamsSchema,
    file: 'calendar',
    description: 'The event, as an attachment to import into a calendar program',
    errors: [400, 404],
  })
  async getEventCalendar(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.calendars.getEventCalendar(params.id));
  }

  @Get('workplans/:id/calendar.ics')
  @FileEndpoint({
    summary: 'The whole workplan as an iCalendar feed to subscribe to: exact days and month spans as all-day events, undecided months as tentative, timed events in their zone, and the GCM review milestones',
    params: idParamsSchema,
    file: 'calendar',
    description: 'The feed, inline so that calendar programs can subscribe to its URL',
    errors: [400, 404],
  })
  async getWorkplanFeed(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.calendars.getWorkplanFeed(params.id));
  }
}
