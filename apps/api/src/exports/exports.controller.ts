import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { toStreamableFile } from '../common/file-download.js';
import { idParamsSchema, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { FileEndpoint } from '../common/write-endpoint.js';
import { exportQuerySchema, type ExportQuery } from './export-query.js';
import { ExportsService } from './exports.service.js';

@ApiTags('exports')
@Controller('workplans/:id')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('export.csv')
  @FileEndpoint({
    summary: 'The workplan as CSV (RFC 4180, UTF-8 with BOM): one row per activity, headers and labels in the chosen language',
    params: idParamsSchema,
    query: exportQuerySchema,
    file: 'csv',
    description: 'The workplan, as an attachment',
    errors: [400, 404],
  })
  async exportCsv(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportWorkplanCsv(params.id, query));
  }

  @Get('export.xlsx')
  @FileEndpoint({
    summary: 'The workplan as an Excel workbook: the activities, and the agendas with times in the event zone and in Central European time',
    params: idParamsSchema,
    query: exportQuerySchema,
    file: 'xlsx',
    description: 'The workbook, as an attachment',
    errors: [400, 404],
  })
  async exportXlsx(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportWorkplanXlsx(params.id, query));
  }

  @Get('print.pdf')
  @FileEndpoint({
    summary: 'The workplan ready to print (A4 PDF, English or Georgian): activities, agendas in the event zone and CEST, page numbers',
    params: idParamsSchema,
    query: exportQuerySchema,
    file: 'pdf',
    description: 'The PDF, as an attachment',
    errors: [400, 404],
  })
  async printWorkplan(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.printWorkplan(params.id, query));
  }
}
