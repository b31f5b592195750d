import type { OrganisationView } from '@compact-tracker/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, ApiJsonResponse } from '../common/openapi.js';
import { noQuerySchema, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'All organisations, by name' })
  @ApiJsonResponse(200, 'OrganisationView', 'The organisations', { isArray: true })
  @ApiErrorResponses(400)
  listOrganisations(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<OrganisationView[]> {
    return this.organisations.listOrganisations();
  }
}
