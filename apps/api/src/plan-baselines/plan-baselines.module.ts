import { Module } from '@nestjs/common';
import { PlanBaselinesController } from './plan-baselines.controller.js';
import { PlanBaselinesService } from './plan-baselines.service.js';

@Module({
  controllers: [PlanBaselinesController],
  providers: [PlanBaselinesService],
})
export class PlanBaselinesModule {}
