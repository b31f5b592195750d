import { workplanDetailViewSchema, workplanSummaryViewSchema } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

type ActivityRow = { id: string; kind: string; status: string; dateSpan: unknown; bounds: unknown; qualityFlags: string[] };
type WorkplanDetail = { asOf: string; activities: ActivityRow[] } & Record<string, unknown>;

const iom = { name: 'International Organization for Migration', shortName: 'IOM', kind: 'un_entity' };
const rco = { name: "UN Resident Coordinator's Office, Georgia", shortName: 'RCO', kind: 'un_entity' };

describe('workplans', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await findSeededIds(app);
  });
  afterAll(() => app.close());

  const getDetail = async (asOf: string) => {
    const response = await request(app, `/api/workplans/${ids.workplanId}?asOf=${asOf}`);
    expect(response.status).toBe(200);
    return response.body as WorkplanDetail;
  };

  it('lists the seeded 2021 workplan of the Network in Georgia', async () => {
    const response = await request(app, '/api/workplans');
    expect(response.status).toBe(200);
    expect(workplanSummaryViewSchema.array().parse(response.body)).toEqual([
      {
        id: ids.workplanId,
        title: 'Network on Migration in Georgia: workplan 2021',
        year: 2021,
        source: 'Concept note: Webinar for the State Commission on Migration Issues of Georgia, 22 April 2021',
        network: {
          id: expect.any(String),
          countryCode: 'GE',
          name: 'UN Network on Migration in Georgia',
          establishedOn: '2020-06-30',
          coChairs: [
            { id: expect.any(String), ...iom },
            { id: expect.any(String), ...rco },
          ],
        },
        activityCount: 4,
      },
    ]);
  });

  it('answers the four activities by earliest day, each at the precision of the source', async () => {
    const detail = await getDetail('2021-03-01');
    expect(workplanDetailViewSchema.safeParse(detail).success).toBe(true);
    expect(detail.asOf).toBe('2021-03-01');
    expect(detail.activityCount).toBe(4);
    expect(
      detail.activities.map(({ kind, status, dateSpan, bounds }) => ({ kind, status, dateSpan, bounds })),
    ).toEqual([
      {
        kind: 'workshop',
        status: 'done',
        dateSpan: { precision: 'day', date: '2021-03-16' },
        bounds: { earliestStart: '2021-03-16', latestStart: '2021-03-16', earliestEnd: '2021-03-16', latestEnd: '2021-03-16', isTentative: false },
      },
      {
        kind: 'expert_engagement',
        status: 'planned',
        dateSpan: { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' },
        bounds: { earliestStart: '2021-04-01', latestStart: '2021-04-01', earliestEnd: '2021-06-30', latestEnd: '2021-06-30', isTentative: false },
      },
      {
        kind: 'webinar',
        status: 'planned',
        dateSpan: { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
        bounds: { earliestStart: '2021-04-22', latestStart: '2021-04-22', earliestEnd: '2021-04-22', latestEnd: '2021-04-22', isTentative: false },
      },
      {
        kind: 'meeting',
        status: 'planned',
        dateSpan: { precision: 'month-choice', months: ['2021-06', '2021-07'] },
        bounds: { earliestStart: '2021-06-01', latestStart: '2021-07-01', earliestEnd: '2021-06-30', latestEnd: '2021-07-31', isTentative: true },
      },
    ]);
  });

  it('names the lead organisations, flags the one event with an agenda, and starts every version at 1', async () => {
    const detail = await getDetail('2021-03-01');
    const webinar = detail.activities[2] as unknown as Record<string, unknown>;
    expect(webinar).toEqual({
      id: ids.webinarId,
      workplanId: ids.workplanId,
      kind: 'webinar',
      title:
        'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
      status: 'planned',
      dateSpan: { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
      bounds: { earliestStart: '2021-04-22', latestStart: '2021-04-22', earliestEnd: '2021-04-22', latestEnd: '2021-04-22', isTentative: false },
      qualityFlags: [],
      leadOrganisations: [
        { id: expect.any(String), ...iom },
        { id: expect.any(String), ...rco },
      ],
      hasAgenda: true,
      version: 1,
    });
    const summary = detail.activities.map((activity) => {
      const row = activity as unknown as { leadOrganisations: { shortName: string }[]; hasAgenda: boolean; version: number };
      return [activity.kind, row.leadOrganisations.map((organisation) => organisation.shortName), row.hasAgenda, row.version];
    });
    expect(summary).toEqual([
      ['workshop', ['IOM', 'RCO'], false, 1],
      ['expert_engagement', ['IOM'], false, 1],
      ['webinar', ['IOM', 'RCO'], true, 1],
      ['meeting', ['IOM', 'RCO'], false, 1],
    ]);
  });

  it('checks status against dates as of the day asked for', async () => {
    const flagsAsOf = async (asOf: string) =>
      Object.fromEntries((await getDetail(asOf)).activities.map((activity) => [activity.kind, activity.qualityFlags]));

    expect(await flagsAsOf('2021-03-10')).toEqual({ workshop: ['done_before_end'], expert_engagement: [], webinar: [], meeting: [] });
    expect(await flagsAsOf('2021-04-01')).toEqual({ workshop: [], expert_engagement: [], webinar: [], meeting: [] });
    expect(await flagsAsOf('2021-05-01')).toEqual({
      workshop: [],
      expert_engagement: ['still_planned_after_start'],
      webinar: ['still_planned_after_start'],
      meeting: [],
    });
    // June/July is undecided: only once even July has begun is the meeting late.
    expect((await flagsAsOf('2021-07-01')).meeting).toEqual([]);
    expect((await flagsAsOf('2021-07-02')).meeting).toEqual(['still_planned_after_start']);
  });

  it('checks as of today (UTC) when no day is given', async () => {
    const response = await request(app, `/api/workplans/${ids.workplanId}`);
    expect(response.status).toBe(200);
    expect((response.body as WorkplanDetail).asOf).toBe(DateTime.utc().toISODate());
  });

  it('refuses a day that is not a calendar day, naming asOf', async () => {
    for (const asOf of ['2021-02-30', '22.04.2021', '2021-4-1']) {
      const response = await request(app, `/api/workplans/${ids.workplanId}?asOf=${asOf}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'validation_failed', fields: [{ path: 'asOf', message: expect.any(String) }] });
    }
    const response = await request(app, `/api/workplans/${ids.workplanId}?asOf=2021-02-30`);
    expect(response.body).toEqual({
      code: 'validation_failed',
      message: 'Invalid query parameters: asOf',
      fields: [{ path: 'asOf', message: 'must be a real calendar day' }],
    });
  });

  it('refuses an unknown query parameter, a malformed id, and answers 404 for an unknown one', async () => {
    expect(await request(app, `/api/workplans/${ids.workplanId}?asof=2021-01-01`)).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'Invalid query parameters: asof', fields: [{ path: 'asof', message: 'is not allowed' }] },
    });
    expect(await request(app, '/api/workplans/not-a-uuid')).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'Invalid path parameters: id', fields: [{ path: 'id', message: 'must be a UUID' }] },
    });
    const unknownId = '6f1c1d4e-0000-4000-8000-000000000000';
    const unknown = await request(app, `/api/workplans/${unknownId}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'not_found', message: `No workplan with id ${unknownId}` });
  });
});
