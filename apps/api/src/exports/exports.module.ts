import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { WorkplanDocumentService } from './workplan-document.service.js';

@Module({
  controllers: [ExportsController],
  providers: [ExportsService, WorkplanDocumentService],
  exports: [WorkplanDocumentService],
})
export class ExportsModule {}
