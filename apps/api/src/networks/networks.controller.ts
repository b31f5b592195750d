import type { CountryNetworkView } from '@compact-tracker/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, ApiJsonResponse } from '../common/openapi.js';
import { noQuerySchema, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { NetworksService } from './networks.service.js';

@ApiTags('networks')
@Controller('networks')
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get()
  @ApiOperation({ summary: 'The country networks, by name' })
  @ApiJsonResponse(200, 'CountryNetworkView', 'The networks', { isArray: true })
  @ApiErrorResponses(400)
  listNetworks(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<CountryNetworkView[]> {
    return this.networks.listNetworks();
  }
}
