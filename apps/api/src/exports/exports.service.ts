import type { Locale } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { getTodayUtc } from '../common/calendar.js';
import { Clock } from '../common/clock.js';
import type { FileDownload, FileKind } from '../common/file-download.js';
import type { ExportQuery } from './export-query.js';
import { renderTable, writeCsv, writeXlsx } from './table-file.js';
import { WorkplanDocumentService, type WorkplanDocument } from './workplan-document.service.js';
import { renderWorkplanPdf } from './workplan-print.js';
import { getAgendaTable, getWorkplanTable } from './workplan-tables.js';

const toFileName = (document: WorkplanDocument, locale: Locale, extension: string) =>
  `workplan-${document.workplan.year}${locale === 'en' ? '' : `-${locale}`}.${extension}`;

const toDownload = (document: WorkplanDocument, locale: Locale, kind: Exclude<FileKind, 'calendar'>, content: Buffer): FileDownload => ({
  kind,
  fileName: toFileName(document, locale, kind),
  disposition: 'attachment',
  content,
});

@Injectable()
export class ExportsService {
  constructor(
    private readonly documents: WorkplanDocumentService,
    private readonly clock: Clock,
  ) {}

  /** One row per activity. */
  async exportWorkplanCsv(workplanId: string, query: ExportQuery): Promise<FileDownload> {
    const document = await this.documents.findWorkplanDocument(workplanId, query.asOf ?? getTodayUtc());
    return toDownload(document, query.lang, 'csv', writeCsv(renderTable(getWorkplanTable(document.activities, query.lang))));
  }

  /** The activities, and on a second sheet every event's agenda. */
  async exportWorkplanXlsx(workplanId: string, query: ExportQuery): Promise<FileDownload> {
    const document = await this.documents.findWorkplanDocument(workplanId, query.asOf ?? getTodayUtc());
    const tables = [renderTable(getWorkplanTable(document.activities, query.lang)), renderTable(getAgendaTable(document.activities, query.lang))];
    const content = await writeXlsx(tables, { creator: 'Compact Tracker', created: this.clock.now() });
    return toDownload(document, query.lang, 'xlsx', content);
  }

  /** The print-ready workplan on A4. */
  async printWorkplan(workplanId: string, query: ExportQuery): Promise<FileDownload> {
    const document = await this.documents.findWorkplanDocument(workplanId, query.asOf ?? getTodayUtc());
    const content = await renderWorkplanPdf({ document, locale: query.lang, generatedAt: this.clock.now() });
    return toDownload(document, query.lang, 'pdf', content);
  }
}
