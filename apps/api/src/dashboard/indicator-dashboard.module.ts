import { Module } from '@nestjs/common';
import { IndicatorDashboardController } from './indicator-dashboard.controller.js';
import { IndicatorDashboardService } from './indicator-dashboard.service.js';

@Module({ controllers: [IndicatorDashboardController], providers: [IndicatorDashboardService], exports: [IndicatorDashboardService] })
export class IndicatorDashboardModule {}
