import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJsonResponse } from '../common/openapi.js';
import { HealthService, type HealthView } from './health.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Is the API up, and can it reach its database?' })
  @ApiJsonResponse(200, 'HealthView', 'The API and its database are up')
  @ApiJsonResponse(503, 'HealthView', 'The database cannot be reached')
  async getHealth(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const health = await this.health.checkHealth();
    // The one handler whose status depends on its answer: load balancers read the status, not the body.
    reply.status(health.database === 'up' ? 200 : 503);
    return health;
  }
}
