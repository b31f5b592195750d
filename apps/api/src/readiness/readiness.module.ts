import { Module } from '@nestjs/common';
import { ReadinessCriteriaService } from './readiness-criteria.service.js';
import { ReadinessGridController } from './readiness-grid.controller.js';
import { ReadinessGridService } from './readiness-grid.service.js';
import { ReadinessReviewService } from './readiness-review.service.js';
import { ReadinessSnapshotReader } from './readiness-snapshot.js';
import { ReadinessController } from './readiness.controller.js';
import { ReadinessService } from './readiness.service.js';

/** SCMI's readiness review for the IMRF: criteria, their computed status, the review workflow and the grid. */
@Module({
  controllers: [ReadinessController, ReadinessGridController],
  providers: [ReadinessSnapshotReader, ReadinessService, ReadinessCriteriaService, ReadinessReviewService, ReadinessGridService],
  exports: [ReadinessService, ReadinessGridService],
})
export class ReadinessModule {}
