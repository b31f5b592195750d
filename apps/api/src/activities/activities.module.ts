import { Module } from '@nestjs/common';
import { ActivitiesController } from './activities.controller.js';
import { ActivitiesService } from './activities.service.js';
import { DeliverablesController } from './deliverables.controller.js';
import { DeliverablesService } from './deliverables.service.js';
import { ProgressLogController } from './progress-log.controller.js';
import { ProgressLogService } from './progress-log.service.js';

@Module({
  controllers: [ActivitiesController, ProgressLogController, DeliverablesController],
  providers: [ActivitiesService, ProgressLogService, DeliverablesService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
