import type { AuditEntryView, NetworkAuditPageView } from '@compact-tracker/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiErrorResponses, ApiJsonResponse, ApiParams, ApiQueryParams, sessionCookieScheme } from '../common/openapi.js';
import {
  auditEntityParamsSchema,
  idParamsSchema,
  networkAuditQuerySchema,
  noQuerySchema,
  type AuditEntityParams,
  type IdParams,
  type NetworkAuditQuery,
  type NoQuery,
} from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@ApiCookieAuth(sessionCookieScheme)
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit/:entityType/:entityId')
  @ApiOperation({ summary: "One record's history, newest first (own network only; a user's history needs user:manage)" })
  @ApiParams(auditEntityParamsSchema)
  @ApiJsonResponse(200, 'AuditEntryView', 'The changes', { isArray: true })
  @ApiErrorResponses(400, 401, 403, 404)
  listForEntity(
    @Param(new ZodValidationPipe(auditEntityParamsSchema)) params: AuditEntityParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @CurrentActor() actor: Actor,
  ): Promise<AuditEntryView[]> {
    return this.audit.listForEntity(actor, params.entityType, params.entityId);
  }

  @Get('networks/:id/audit')
  @ApiOperation({ summary: "A page of the network's history, newest first (own network only)" })
  @ApiParams(idParamsSchema)
  @ApiQueryParams(networkAuditQuerySchema)
  @ApiJsonResponse(200, 'NetworkAuditPageView', 'The page, and where the next one starts')
  @ApiErrorResponses(400, 401, 403, 404)
  listForNetwork(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(networkAuditQuerySchema)) query: NetworkAuditQuery,
    @CurrentActor() actor: Actor,
  ): Promise<NetworkAuditPageView> {
    return this.audit.listForNetwork(actor, params.id, query);
  }
}
