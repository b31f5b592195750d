import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { toStreamableFile } from '../common/file-download.js';
import { idParamsSchema, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { FileEndpoint } from '../common/write-endpoint.js';
import { readinessReportQuerySchema, type ReadinessReportQuery } from './readiness-report-query.js';
import { ReadinessReportService } from './readiness-report.service.js';

@ApiTags('readiness')
@Controller('networks/:id/readiness')
export class ReadinessReportController {
  constructor(private readonly reports: ReadinessReportService) {}

  @Get('report.pdf')
  @FileEndpoint({
    summary: 'The readiness report ready to print (A4 PDF, English or Georgian): countdown to the IMRF, summary, criteria with evidence and review, the readiness grid, the data-gap register, the open action points, and a draft outline for a voluntary GCM review',
    params: idParamsSchema,
    query: readinessReportQuerySchema,
    file: 'pdf',
    description: 'The PDF, as an attachment',
    errors: [400, 401, 403, 404],
  })
  async printReport(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(readinessReportQuerySchema)) query: ReadinessReportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.reports.printReport(actor, params.id, query));
  }
}
