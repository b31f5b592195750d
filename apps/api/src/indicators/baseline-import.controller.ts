import { baselineImportViewSchema, type BaselineImportView } from '@compact-tracker/domain';
import { Controller, Get, HttpCode, Param, Post, Query, Req, UseFilters, type StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiFileResponse, toStreamableFile } from '../common/file-download.js';
import {
  ApiCsrfHeader,
  ApiErrorResponses,
  ApiIdempotencyKeyHeader,
  ApiParams,
  ApiQueryParams,
  sessionCookieScheme,
  toOpenApiSchema,
} from '../common/openapi.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { baselineFileMediaTypes, maxBaselineFileBytes, TakesBaselineFile, toBaselineFile } from './baseline-file-body.js';
import { BaselineImportRefusalFilter } from './baseline-import-refusal.js';
import { BaselineImportService } from './baseline-import.service.js';

const dryRunMessage = 'must be true (check the file, write nothing) or false (record its baselines)';

export const baselineImportQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'], { error: dryRunMessage })
      .transform((value) => value === 'true')
      .describe('true: check every row and preview them, writing nothing; false: record every row in one transaction, or none.'),
  })
  .strict();
export type BaselineImportQuery = z.infer<typeof baselineImportQuerySchema>;

@ApiTags('indicators and baselines')
@Controller('networks/:id/baseline-imports')
@UseFilters(BaselineImportRefusalFilter)
export class BaselineImportController {
  constructor(private readonly imports: BaselineImportService) {}

  @Post()
  @HttpCode(200)
  @TakesBaselineFile()
  @ApiCsrfHeader()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({
    summary:
      'Import baselines from a CSV or XLSX file (first worksheet): a header row naming the columns, one baseline per row; every row is checked like a baseline recorded by hand, and one problem anywhere refuses the whole file with every problem listed (rows.<row>.<column>) (baseline:write)',
  })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(baselineImportQuerySchema)
  @ApiIdempotencyKeyHeader()
  @ApiConsumes(baselineFileMediaTypes.csv, baselineFileMediaTypes.xlsx)
  @ApiBody({
    description: `The file itself, at most ${maxBaselineFileBytes / 1024 / 1024} MB: CSV in UTF-8, comma separated; XLSX read from its first worksheet. Columns: see the template (GET …/baseline-imports/template.csv).`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiResponse({ status: 200, description: 'The rows read (dry run) or recorded', schema: toOpenApiSchema(baselineImportViewSchema) })
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
  importBaselines(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(baselineImportQuerySchema)) query: BaselineImportQuery,
    @Req() request: FastifyRequest,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<BaselineImportView> {
    return this.imports.importFile(actor, params.id, toBaselineFile(request), { dryRun: query.dryRun, idempotency });
  }

  @Get('template.csv')
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: "A CSV to fill in: the header row, and an example row for the network's first indicator when it has one (baseline:write)" })
  @ApiParams(idParamsSchema)
  @ApiFileResponse('csv', 'The template, as an attachment')
  @ApiErrorResponses(400, 401, 403, 404)
  async getTemplate(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.imports.getTemplate(actor, params.id));
  }
}
