import type { Locale } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import type { FileDownload } from '../common/file-download.js';
import type { ExportQuery } from '../exports/export-query.js';
import { renderTable, writeCsv, writeXlsx } from '../exports/table-file.js';
import { getActionPointTable } from './action-point-table.js';
import { ActionPointsService, type FollowUpList } from './action-points.service.js';

const toFileName = (list: FollowUpList, locale: Locale, extension: 'csv' | 'xlsx') =>
  `action-points-${list.workplan.year}${locale === 'en' ? '' : `-${locale}`}.${extension}`;

/** The follow-up list through the generic table writer: the same rows, in the same order, as the list. */
@Injectable()
export class ActionPointExportsService {
  constructor(
    private readonly actionPoints: ActionPointsService,
    private readonly clock: Clock,
  ) {}

  async exportCsv(workplanId: string, query: ExportQuery): Promise<FileDownload> {
    const list = await this.actionPoints.listForWorkplan(workplanId, { asOf: query.asOf });
    const content = writeCsv(renderTable(getActionPointTable(list.actionPoints, query.lang)));
    return { kind: 'csv', fileName: toFileName(list, query.lang, 'csv'), disposition: 'attachment', content };
  }

  async exportXlsx(workplanId: string, query: ExportQuery): Promise<FileDownload> {
    const list = await this.actionPoints.listForWorkplan(workplanId, { asOf: query.asOf });
    const content = await writeXlsx([renderTable(getActionPointTable(list.actionPoints, query.lang))], { creator: 'Compact Tracker', created: this.clock.now() });
    return { kind: 'xlsx', fileName: toFileName(list, query.lang, 'xlsx'), disposition: 'attachment', content };
  }
}
