import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse, toStreamableFile } from '../common/file-download.js';
import { ApiErrorResponses, ApiParams, ApiQueryParams } from '../common/openapi.js';
import { idParamsSchema, type IdParams } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { languageQuerySchema, type LanguageQuery } from './export-query.js';
import { IndicatorExportsService } from './indicator-exports.service.js';

const baselinesSummary =
  'with the baseline import’s column names as headers in every language (machine-readable: it can be imported into another network); `lang` names only the sheet';

@ApiTags('exports')
@Controller('networks/:id')
export class IndicatorExportsController {
  constructor(private readonly exports: IndicatorExportsService) {}

  @Get('indicators/export.csv')
  @ApiOperation({ summary: "The network's indicators as CSV (UTF-8 with BOM), by code; headers and labels in the chosen language" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(languageQuerySchema)
  @ApiFileResponse('csv', 'The indicators, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportIndicatorsCsv(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportIndicators(params.id, 'csv', query.lang));
  }

  @Get('indicators/export.xlsx')
  @ApiOperation({ summary: "The network's indicators as an Excel workbook, by code; headers and labels in the chosen language" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(languageQuerySchema)
  @ApiFileResponse('xlsx', 'The workbook, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportIndicatorsXlsx(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportIndicators(params.id, 'xlsx', query.lang));
  }

  @Get('baselines/export.csv')
  @ApiOperation({ summary: `The network's indicator baselines and data gaps as CSV (UTF-8 with BOM), ${baselinesSummary}` })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(languageQuerySchema)
  @ApiFileResponse('csv', 'The baselines, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportBaselinesCsv(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportBaselines(params.id, 'csv', query.lang));
  }

  @Get('baselines/export.xlsx')
  @ApiOperation({ summary: `The network's indicator baselines and data gaps as an Excel workbook, ${baselinesSummary}` })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(languageQuerySchema)
  @ApiFileResponse('xlsx', 'The workbook, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportBaselinesXlsx(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportBaselines(params.id, 'xlsx', query.lang));
  }

  @Get('crosswalk/export.csv')
  @ApiOperation({
    summary: "The network's crosswalk as CSV (UTF-8 with BOM): one row per link (strategy goal and objective, GCM objective or SDG target or indicator, fit, rationale), and one per objective with no link",
  })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(languageQuerySchema)
  @ApiFileResponse('csv', 'The crosswalk, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportCrosswalkCsv(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportCrosswalk(params.id, 'csv', query.lang));
  }

  @Get('crosswalk/export.xlsx')
  @ApiOperation({ summary: "The network's crosswalk as an Excel workbook: one row per link, and one per strategy objective with no link" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(languageQuerySchema)
  @ApiFileResponse('xlsx', 'The workbook, as an attachment')
  @ApiErrorResponses(400, 404)
  async exportCrosswalkXlsx(@Param(new ZodValidationPipe(idParamsSchema)) params: IdParams, @Query(new ZodValidationPipe(languageQuerySchema)) query: LanguageQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.exportCrosswalk(params.id, 'xlsx', query.lang));
  }
}
