import { DomainError, gcmReviewMilestones } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { getTodayUtc } from '../common/calendar.js';
import type { FileDownload } from '../common/file-download.js';
import { WorkplanDocumentService } from '../exports/workplan-document.service.js';
import { buildEventCalendar, buildWorkplanFeed } from './calendar-document.js';

const toFileSlug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

@Injectable()
export class CalendarsService {
  constructor(
    private readonly documents: WorkplanDocumentService,
    private readonly clock: Clock,
  ) {}

  /** One scheduled event with its agenda, as a file to import. */
  async getEventCalendar(activityId: string): Promise<FileDownload> {
    const source = await this.documents.findActivityDocument(activityId, getTodayUtc());
    const { activity } = source;
    if (!activity.schedule) {
      throw new DomainError('not_found', `Activity ${activityId} is not a scheduled event, so it has no calendar entry`);
    }
    const day = activity.schedule.windowStart.slice(0, 10);
    return {
      kind: 'calendar',
      fileName: `${toFileSlug(activity.kind)}-${day}.ics`,
      disposition: 'attachment',
      content: Buffer.from(buildEventCalendar(source, this.clock.now()), 'utf8'),
    };
  }

  /** Every activity of a workplan and the GCM review milestones, as a feed to subscribe to. */
  async getWorkplanFeed(workplanId: string): Promise<FileDownload> {
    const document = await this.documents.findWorkplanDocument(workplanId, getTodayUtc());
    const { workplan } = document;
    const feed = buildWorkplanFeed(
      {
        name: workplan.title,
        description: `${workplan.network.name}: the activities of the ${workplan.year} workplan and the GCM review milestones`,
        activities: document.activities,
        milestones: gcmReviewMilestones,
      },
      this.clock.now(),
    );
    return {
      kind: 'calendar',
      fileName: `workplan-${workplan.year}.ics`,
      // Inline, so that a calendar program can subscribe to the URL rather than a browser saving a copy.
      disposition: 'inline',
      content: Buffer.from(feed, 'utf8'),
    };
  }
}
