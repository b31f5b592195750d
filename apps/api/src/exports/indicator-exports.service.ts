import { DomainError, type Locale } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { FileDownload } from '../common/file-download.js';
import { CrosswalkLinkEntity } from '../crosswalk/crosswalk-link.entity.js';
import { toCrosswalkLinkView } from '../crosswalk/crosswalk.mapper.js';
import { StrategyGoalEntity } from '../crosswalk/strategy.entities.js';
import { IndicatorBaselineEntity } from '../indicators/indicator.entities.js';
import { toIndicatorBaselineView } from '../indicators/indicators.mapper.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { CountryNetworkEntity } from '../networks/country-network.entity.js';
import { getBaselineFileTable, getCrosswalkTable, getIndicatorTable, type BaselineFileRow, type CrosswalkRow } from './indicator-tables.js';
import { renderTable, writeCsv, writeXlsx, type RenderedTable } from './table-file.js';

export type TableFileKind = 'csv' | 'xlsx';

/** The network's indicators, baselines and crosswalk as CSV or XLSX, through the generic table writer. */
@Injectable()
export class IndicatorExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
    private readonly clock: Clock,
  ) {}

  async exportIndicators(networkId: string, kind: TableFileKind, locale: Locale): Promise<FileDownload> {
    const indicators = await this.indicators.listIndicators(networkId);
    return this.toDownload('indicators', kind, locale, renderTable(getIndicatorTable(indicators, locale)));
  }

  /** By indicator code, then reference year and area. */
  async exportBaselines(networkId: string, kind: TableFileKind, locale: Locale): Promise<FileDownload> {
    await this.assertNetworkExists(networkId);
    const baselines = await this.dataSource.manager.find(IndicatorBaselineEntity, {
      where: { indicator: { networkId } },
      relations: { indicator: true },
      order: { indicator: { code: 'ASC' }, referenceYear: 'ASC', area: 'ASC', createdAt: 'ASC' },
    });
    const rows: BaselineFileRow[] = baselines.map((baseline) => ({ indicatorCode: baseline.indicator.code, baseline: toIndicatorBaselineView(baseline) }));
    return this.toDownload('baselines', kind, locale, renderTable(getBaselineFileTable(rows, locale)));
  }

  /** In the strategy's order: each goal's objectives, each objective's links (GCM objectives, then SDG targets and indicators). */
  async exportCrosswalk(networkId: string, kind: TableFileKind, locale: Locale): Promise<FileDownload> {
    await this.assertNetworkExists(networkId);
    const manager = this.dataSource.manager;
    const goals = await manager.find(StrategyGoalEntity, { where: { networkId }, relations: { objectives: true }, order: { position: 'ASC' } });
    const objectives = goals.flatMap((goal) => [...goal.objectives].sort((a, b) => a.position - b.position).map((objective) => ({ goal, objective })));
    const links =
      objectives.length === 0
        ? []
        : await manager.find(CrosswalkLinkEntity, {
            where: { strategyObjectiveId: In(objectives.map(({ objective }) => objective.id)) },
            relations: { gcmObjective: true, sdgTarget: true, sdgIndicator: true },
            order: { targetKind: 'ASC', gcmObjectiveNumber: 'ASC', targetKey: 'ASC' },
          });
    const rows: CrosswalkRow[] = objectives.flatMap(({ goal, objective }) => {
      const objectiveLinks = links.filter((link) => link.strategyObjectiveId === objective.id).map(toCrosswalkLinkView);
      return (objectiveLinks.length > 0 ? objectiveLinks : [null]).map((link) => ({ goalTitle: goal.title, objectiveTitle: objective.title, link }));
    });
    return this.toDownload('crosswalk', kind, locale, renderTable(getCrosswalkTable(rows, locale)));
  }

  private async assertNetworkExists(networkId: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(CountryNetworkEntity, { id: networkId }))) throw new DomainError('not_found', `No network with id ${networkId}`);
  }

  private async toDownload(name: string, kind: TableFileKind, locale: Locale, table: RenderedTable): Promise<FileDownload> {
    const content = kind === 'csv' ? writeCsv(table) : await writeXlsx([table], { creator: 'Compact Tracker', created: this.clock.now() });
    return { kind, fileName: `${name}${locale === 'en' ? '' : `-${locale}`}.${kind}`, disposition: 'attachment', content };
  }
}
