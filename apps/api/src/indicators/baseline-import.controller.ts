import {
  baselineFileMediaTypes,
  baselineImportProgressMediaType,
  baselineImportStreamLineSchema,
  baselineImportViewSchema,
  maxBaselineFileBytes,
  type BaselineImportView,
} from '@compact-tracker/domain';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters, type StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentActor, type Actor } from '../access/actor.js';
import { toStreamableFile } from '../common/file-download.js';
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
import { FileEndpoint } from '../common/write-endpoint.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { TakesBaselineFile, toBaselineFile } from './baseline-file-body.js';
import { BaselineImportRefusalFilter } from './baseline-import-refusal.js';
import { BaselineImportService } from './baseline-import.service.js';
import { acceptsImportProgress, toImportProgressResponse } from './baseline-import-stream.js';

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
  @ApiResponse({
    status: 200,
    description: `The rows read (dry run) or recorded. With \`Accept: ${baselineImportProgressMediaType}\` the answer, once the request has passed every check that needs no reading of the file (400, 401, 403, 404, 413 and 415 stay plain answers), is 200 with one JSON object per line: progress \`{"type":"progress","phase":"reading"|"checking"|"writing","done":n,"total":n|null}\` every 500 rows read or checked and every 1,000 rows written (total null while reading), then one \`{"type":"result","status","body"}\`: the status and body the request answers without that header (200 and the rows, or 422 and the problems). A client that disconnects before the last rows are written leaves nothing written. Idempotency-Key works as without the header: a retry streams the reading, then the first answer.`,
    content: {
      'application/json': { schema: toOpenApiSchema(baselineImportViewSchema) },
      [baselineImportProgressMediaType]: { schema: toOpenApiSchema(baselineImportStreamLineSchema) },
    },
  })
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
  async importBaselines(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(baselineImportQuerySchema)) query: BaselineImportQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<BaselineImportView | StreamableFile> {
    const file = toBaselineFile(request);
    const options = { dryRun: query.dryRun, idempotency };
    if (!acceptsImportProgress(request)) return this.imports.importFile(actor, params.id, file, options);
    return toImportProgressResponse(request, reply, await this.imports.importFileWithProgress(actor, params.id, file, options));
  }

  @Get('template.csv')
  @ApiCookieAuth(sessionCookieScheme)
  @FileEndpoint({
    summary: "A CSV to fill in: the header row, and an example row for the network's first indicator when it has one (baseline:write)",
    params: idParamsSchema,
    file: 'csv',
    description: 'The template, as an attachment',
    errors: [400, 401, 403, 404],
  })
  async getTemplate(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.imports.getTemplate(actor, params.id));
  }
}
