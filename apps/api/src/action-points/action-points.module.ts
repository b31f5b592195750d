import { Module } from '@nestjs/common';
import { ActionPointExportsService } from './action-point-exports.service.js';
import { ActionPointsController } from './action-points.controller.js';
import { ActionPointsService } from './action-points.service.js';

@Module({
  controllers: [ActionPointsController],
  providers: [ActionPointsService, ActionPointExportsService],
  exports: [ActionPointsService],
})
export class ActionPointsModule {}
