import { activityDetailViewSchema } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

type Detail = {
  participatingOrganisations: { shortName: string }[];
  expectedDeliverables: { id: string; title: string; status: string }[];
} & Record<string, unknown>;

describe('GET /api/activities/:id', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await findSeededIds(app);
  });
  afterAll(() => app.close());

  const getDetail = async (id: string, asOf = '2021-03-01') => {
    const response = await request(app, `/api/activities/${id}?asOf=${asOf}`);
    expect(response.status).toBe(200);
    expect(activityDetailViewSchema.strict().safeParse(response.body).success).toBe(true);
    return response.body as Detail;
  };

  it('answers the webinar with its purpose, organisations, objectives and schedule in its own zone', async () => {
    const webinar = await getDetail(ids.webinarId);
    expect(webinar).toMatchObject({
      id: ids.webinarId,
      kind: 'webinar',
      status: 'planned',
      purpose:
        'This webinar aims to facilitate Georgia’s active and meaningful participation in GCM processes including a possible participation at the IMRF in 2022.',
      objectives: [
        'Presentation by the Network Coordinator on the Migration Network Hub',
        'Presentation by the Network Secretariat on lessons learned from the various GCM regional review processes',
        'Presentation by a Member State on benefits resulting from GCM implementation at the national level – Government of Sweden',
        'Presentation by a Member State on experience about participation in the GCM regional review process, including benefits and next steps - Government of Moldova',
        'Presentation of the Migration Multi-Partner Trust Fund',
        'Presentation of the Champion Countries Initiative and specific country experience - Government of Portugal',
      ],
      expectedDeliverables: [],
      schedule: {
        windowStart: '2021-04-22T14:00:00+04:00',
        windowEnd: '2021-04-22T17:00:00+04:00',
        timeZone: 'Asia/Tbilisi',
        platform: 'KUDO online platform',
      },
      hasAgenda: true,
      qualityFlags: [],
      version: 1,
    });
    expect(webinar.participatingOrganisations.map((organisation) => organisation.shortName)).toEqual([
      'Network Secretariat',
      'SCMI',
      'Sweden',
      'Moldova',
      'Portugal',
      'M-MPTF',
    ]);
  });

  it('answers the expert engagement with its deliverables and no schedule', async () => {
    const expert = await getDetail(ids.expertId, '2021-07-01');
    expect(expert).toMatchObject({
      kind: 'expert_engagement',
      dateSpan: { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' },
      schedule: null,
      hasAgenda: false,
      qualityFlags: ['still_planned_after_start'],
      leadOrganisations: [{ shortName: 'IOM' }],
    });
    expect(expert.participatingOrganisations.map((organisation) => organisation.shortName)).toEqual(['SCMI', 'RCO', 'UNCT']);
    expect(expert.expectedDeliverables).toEqual([
      { id: expect.any(String), title: 'Concrete linkages between the national Migration Strategy, GCM, and the SDGs', status: 'pending', version: 1 },
      { id: expect.any(String), title: 'Aligned indicators identified', status: 'pending', version: 1 },
      { id: expect.any(String), title: 'A baseline for Georgia’s future possible GCM reporting', status: 'pending', version: 1 },
    ]);
  });

  it('answers the workshop as done, and the stock-taking meeting as tentative', async () => {
    expect(await getDetail(ids.workshopId)).toMatchObject({
      status: 'done',
      dateSpan: { precision: 'day', date: '2021-03-16' },
      participatingOrganisations: [{ shortName: 'CSOs', kind: 'civil_society' }],
      objectives: ['Update CSOs about the GCM and CSOs role', 'Encourage their participation'],
      schedule: null,
    });
    expect(await getDetail(ids.meetingId)).toMatchObject({
      dateSpan: { precision: 'month-choice', months: ['2021-06', '2021-07'] },
      bounds: { isTentative: true },
      expectedDeliverables: [{ title: 'A more detailed workplan for the Network for the second half of 2021', status: 'pending' }],
    });
  });

  it('answers 400 for a malformed id or asOf and 404 for an unknown activity', async () => {
    expect(await request(app, '/api/activities/not-an-id')).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'id', message: 'must be a UUID' }] },
    });
    expect(await request(app, `/api/activities/${ids.webinarId}?asOf=yesterday`)).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'asOf', message: 'must be a calendar day YYYY-MM-DD' }] },
    });
    const unknownId = 'c0ffee00-0000-4000-8000-000000000001';
    expect(await request(app, `/api/activities/${unknownId}`)).toEqual({
      status: 404,
      body: { code: 'not_found', message: `No activity with id ${unknownId}` },
      headers: expect.any(Object),
    });
  });
});

describe('GET /api/organisations', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('lists the ten seeded organisations by name', async () => {
    const response = await request(app, '/api/organisations');
    expect(response.status).toBe(200);
    expect((response.body as { shortName: string }[]).map((organisation) => organisation.shortName)).toEqual([
      'CSOs',
      'Moldova',
      'Portugal',
      'Sweden',
      'IOM',
      'M-MPTF',
      'SCMI',
      'UNCT',
      'Network Secretariat',
      'RCO',
    ]);
  });
});
