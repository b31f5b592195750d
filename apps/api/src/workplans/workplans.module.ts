import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { WorkplanEntity } from './workplan.entity.js';
import { WorkplansController } from './workplans.controller.js';
import { WorkplansService } from './workplans.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([WorkplanEntity, ActivityEntity]), ActivitiesModule],
  controllers: [WorkplansController],
  providers: [WorkplansService],
})
export class WorkplansModule {}
