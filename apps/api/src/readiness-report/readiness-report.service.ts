import { DomainError, type ActionPointView, type DataGapGroup, type ReadinessGridView, type ReadinessView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { compareForFollowUp } from '../action-points/action-point.mapper.js';
import { ActionPointsService } from '../action-points/action-points.service.js';
import { Clock } from '../common/clock.js';
import type { FileDownload } from '../common/file-download.js';
import { IndicatorDashboardService } from '../dashboard/indicator-dashboard.service.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { ReadinessGridService } from '../readiness/readiness-grid.service.js';
import { ReadinessService } from '../readiness/readiness.service.js';
import { WorkplanEntity } from '../workplans/workplan.entity.js';
import type { ReadinessReportQuery } from './readiness-report-query.js';
import { renderReadinessReportPdf } from './readiness-report-print.js';

/** Everything the report prints, read through the same services the screens use. */
export type ReadinessReportDocument = {
  networkName: string;
  readiness: ReadinessView;
  grid: ReadinessGridView;
  dataGaps: DataGapGroup[];
  openActionPoints: ActionPointView[];
};

const isStillOpen = (actionPoint: ActionPointView) => actionPoint.status === 'open' || actionPoint.status === 'in_progress';

@Injectable()
export class ReadinessReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly readiness: ReadinessService,
    private readonly grid: ReadinessGridService,
    private readonly actionPoints: ActionPointsService,
    private readonly dashboard: IndicatorDashboardService,
  ) {}

  async printReport(actor: Actor, networkId: string, query: ReadinessReportQuery): Promise<FileDownload> {
    const document = await this.readDocument(actor, networkId, query.asOf);
    const content = await renderReadinessReportPdf({ document, locale: query.lang, generatedAt: this.clock.now() });
    return {
      kind: 'pdf',
      fileName: `readiness-report-${document.readiness.asOf.day}${query.lang === 'en' ? '' : `-${query.lang}`}.pdf`,
      disposition: 'attachment',
      content,
    };
  }

  /**
   * Readiness and the grid as of the asked instant. The data-gap register and the action points have no history of
   * their own to rebuild, so they are as they stand now (the report says so when the as-of lies in the past).
   */
  async readDocument(actor: Actor, networkId: string, asOf: string | undefined): Promise<ReadinessReportDocument> {
    const manager = this.dataSource.manager;
    const network = await manager.findOneBy(CountryNetworkEntity, { id: networkId });
    if (!network || networkId !== actor.user.networkId) throw new DomainError('not_found', `No network with id ${networkId}`);
    const readiness = await this.readiness.getReadiness(actor, networkId, asOf);
    const [grid, dataGaps, workplans] = await Promise.all([
      // The instant the summary resolved, so both describe the same moment.
      this.grid.getGrid(actor, networkId, readiness.asOf.instant),
      this.dashboard.getDataGapRegister(networkId),
      manager.find(WorkplanEntity, { where: { networkId }, order: { year: 'ASC' } }),
    ]);
    const lists = await Promise.all(workplans.map((workplan) => this.actionPoints.listForWorkplan(workplan.id, { asOf: readiness.asOf.day })));
    return {
      networkName: network.name,
      readiness,
      grid,
      dataGaps,
      openActionPoints: lists
        .flatMap((list) => list.actionPoints)
        .filter(isStillOpen)
        .sort(compareForFollowUp),
    };
  }
}
