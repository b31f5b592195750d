import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { toStreamableFile } from '../common/file-download.js';
import { idParamsSchema, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { FileEndpoint } from '../common/write-endpoint.js';
import { languageQuerySchema, type LanguageQuery } from './export-query.js';
import { IndicatorExportsService } from './indicator-exports.service.js';

const baselinesSummary =
  'with the baseline import’s column names as headers in every language (machine-readable: it can be imported into another network); `lang` names only the sheet';

@ApiTags('exports')
@Controller('networks/:id')
export class IndicatorExportsController {
  constructor(private readonly exports: IndicatorExportsService) {}

  @Get('indicators/export.csv')
  @FileEndpoint({
    summary: "The network's indicators as CSV (UTF-8 with BOM), by code; headers and labels in the chosen language",
    params: idParamsSchema,
    query: languageQuerySchema,
    file: 'csv',
    description: 'The indicators, as an attachment',
    errors: [400, 404],
  })
  async exportIndicatorsCsv(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportIndicators(params.id, 'csv', query.lang));
  }

  @Get('indicators/export.xlsx')
  @FileEndpoint({
    summary: "The network's indicators as an Excel workbook, by code; headers and labels in the chosen language",
    params: idParamsSchema,
    query: languageQuerySchema,
    file: 'xlsx',
    description: 'The workbook, as an attachment',
    errors: [400, 404],
  })
  async exportIndicatorsXlsx(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportIndicators(params.id, 'xlsx', query.lang));
  }

  @Get('baselines/export.csv')
  @FileEndpoint({
    summary: `The network's indicator baselines and data gaps as CSV (UTF-8 with BOM), ${baselinesSummary}`,
    params: idParamsSchema,
    query: languageQuerySchema,
    file: 'csv',
    description: 'The baselines, as an attachment',
    errors: [400, 404],
  })
  async exportBaselinesCsv(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportBaselines(params.id, 'csv', query.lang));
  }

  @Get('baselines/export.xlsx')
  @FileEndpoint({
    summary: `The network's indicator baselines and data gaps as an Excel workbook, ${baselinesSummary}`,
    params: idParamsSchema,
    query: languageQuerySchema,
    file: 'xlsx',
    description: 'The workbook, as an attachment',
    errors: [400, 404],
  })
  async exportBaselinesXlsx(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportBaselines(params.id, 'xlsx', query.lang));
  }

  @Get('crosswalk/export.csv')
  @FileEndpoint({
    summary: "The network's crosswalk as CSV (UTF-8 with BOM): one row per link (strategy goal and objective, GCM objective or SDG target or indicator, fit, rationale), and one per objective with no link",
    params: idParamsSchema,
    query: languageQuerySchema,
    file: 'csv',
    description: 'The crosswalk, as an attachment',
    errors: [400, 404],
  })
  async exportCrosswalkCsv(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportCrosswalk(params.id, 'csv', query.lang));
  }

  @Get('crosswalk/export.xlsx')
  @FileEndpoint({
    summary: "The network's crosswalk as an Excel workbook: one row per link, and one per strategy objective with no link",
    params: idParamsSchema,
    query: languageQuerySchema,
    file: 'xlsx',
    description: 'The workbook, as an attachment',
    errors: [400, 404],
  })
  async exportCrosswalkXlsx(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportCrosswalk(params.id, 'xlsx', query.lang));
  }
}
