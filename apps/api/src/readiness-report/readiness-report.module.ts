import { Module } from '@nestjs/common';
import { ActionPointsModule } from '../action-points/action-points.module.js';
import { IndicatorDashboardModule } from '../dashboard/indicator-dashboard.module.js';
import { ReadinessModule } from '../readiness/readiness.module.js';
import { ReadinessReportController } from './readiness-report.controller.js';
import { ReadinessReportService } from './readiness-report.service.js';

@Module({
  imports: [ReadinessModule, ActionPointsModule, IndicatorDashboardModule],
  controllers: [ReadinessReportController],
  providers: [ReadinessReportService],
})
export class ReadinessReportModule {}
