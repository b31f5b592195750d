import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module.js';
import { ActivityEntity } from '../activities/activity.entity.js';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ActivityEntity]), ActivitiesModule],
  controllers: [EventsController],
  providers: [EventsService],
})
export class EventsModule {}
