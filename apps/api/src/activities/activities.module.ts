import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventScheduleEntity } from '../events/event-schedule.entity.js';
import { ActivitiesController } from './activities.controller.js';
import { ActivitiesService } from './activities.service.js';
import { ActivityEntity } from './activity.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ActivityEntity, EventScheduleEntity])],
  controllers: [ActivitiesController],
  providers: [ActivitiesService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
