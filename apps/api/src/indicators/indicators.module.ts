import { Module } from '@nestjs/common';
import { BaselineFileBodies } from './baseline-file-body.js';
import { BaselineImportController } from './baseline-import.controller.js';
import { BaselineImportService } from './baseline-import.service.js';
import { IndicatorsController } from './indicators.controller.js';
import { IndicatorsService } from './indicators.service.js';

@Module({
  controllers: [IndicatorsController, BaselineImportController],
  providers: [IndicatorsService, BaselineImportService, BaselineFileBodies],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
