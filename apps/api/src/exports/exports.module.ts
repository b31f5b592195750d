import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { IndicatorExportsController } from './indicator-exports.controller.js';
import { IndicatorExportsService } from './indicator-exports.service.js';
import { WorkplanDocumentService } from './workplan-document.service.js';

@Module({
  imports: [IndicatorsModule],
  controllers: [ExportsController, IndicatorExportsController],
  providers: [ExportsService, WorkplanDocumentService, IndicatorExportsService],
  exports: [WorkplanDocumentService],
})
export class ExportsModule {}
