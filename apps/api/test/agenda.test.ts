import { agendaViewSchema } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

/** The draft agenda of the concept note, row by row, as printed (14:00–17:00 GMT+4 / 12:00–15:00 CEST). */
type Speaker = [name: string, title: string, organisation: string, minutes: number];
type Row = { from: string; to: string; minutes: number; kind: string; title: string; hasQa: boolean; speakers: Speaker[] };

const machl: Speaker = ['Dr. Sabine Machl', 'UN Resident Coordinator, Georgia', 'RCO', 5];
const celebicLukovac: Speaker = ['Ms. Sanja Celebic Lukovac', 'IOM Chief of Mission, Georgia', 'IOM', 5];
const jashi: Speaker = ['Mr. George Jashi', 'Executive Secretary of the State Commission on Migration Issues of Georgia', 'SCMI', 5];
const rajput: Speaker = ['Ms. Azrah Karim Rajput', 'UN Migration Network Policy Officer', 'Network Secretariat', 20];

const draftAgendaInTbilisi: Row[] = [
  { from: '14:00', to: '14:15', minutes: 15, kind: 'opening', title: 'Opening remarks', hasQa: false, speakers: [machl, celebicLukovac, jashi] },
  {
    from: '14:15', to: '14:30', minutes: 15, kind: 'presentation', title: 'Presentation: The Migration Network Hub', hasQa: true,
    speakers: [['Dr. Susanne Melde', 'Senior Programme Coordinator, Global Migration Data Analysis Centre, IOM', 'IOM', 15]],
  },
  {
    from: '14:30', to: '14:50', minutes: 20, kind: 'presentation', title: 'GCM Regional Reviews: Overview, lessons learned and reporting timelines',
    hasQa: true, speakers: [rajput],
  },
  {
    from: '14:50', to: '15:30', minutes: 40, kind: 'panel', title: 'Government Experiences in GCM Implementation and Review', hasQa: true,
    speakers: [
      ['Mr. Kristof Tamas', 'Senior Adviser, Ministry of Justice, Sweden', 'Sweden', 20],
      ['Ms. Olga Poalelungi', 'Director of Bureau for Migration and Asylum of the Ministry of Interior, Moldova', 'Moldova', 20],
    ],
  },
  {
    from: '15:30', to: '15:50', minutes: 20, kind: 'presentation', title: 'Presentation: The Migration Multi-Partner Trust Fund (M-MPTF)', hasQa: true,
    speakers: [['Mr. Philippe Grandet', 'MPTF Manager', 'M-MPTF', 20]],
  },
  {
    from: '15:50', to: '16:10', minutes: 20, kind: 'presentation', title: 'Presentation: The Migration Champion Countries Initiatives', hasQa: true,
    speakers: [['Ms. Sónia Pereira', 'High Commissioner for Migration, Government of Portugal', 'Portugal', 20]],
  },
  { from: '16:10', to: '16:20', minutes: 10, kind: 'break', title: 'Break', hasQa: false, speakers: [] },
  { from: '16:20', to: '16:40', minutes: 20, kind: 'discussion', title: 'Discussion on way forward', hasQa: false, speakers: [rajput] },
  {
    from: '16:40', to: '16:55', minutes: 15, kind: 'closing', title: 'Closing remarks', hasQa: false,
    speakers: [
      ['Ms. Anna Platonova', 'Senior Development Coordination Officer/Economist, Office of the UN Resident Coordinator, Georgia', 'RCO', 5],
      jashi,
      celebicLukovac,
    ],
  },
];

/** The zones the seed gives speakers whose location the source makes clear; the others have none. */
const speakerZones: Record<string, string> = {
  'Dr. Sabine Machl': 'Asia/Tbilisi',
  'Ms. Sanja Celebic Lukovac': 'Asia/Tbilisi',
  'Mr. George Jashi': 'Asia/Tbilisi',
  'Ms. Anna Platonova': 'Asia/Tbilisi',
  'Mr. Kristof Tamas': 'Europe/Stockholm',
  'Ms. Olga Poalelungi': 'Europe/Chisinau',
  'Ms. Sónia Pereira': 'Europe/Lisbon',
};

const shiftHours = (time: string, hours: number) => `${String(Number(time.slice(0, 2)) + hours).padStart(2, '0')}${time.slice(2)}`;

/** The rows as the API should answer them on 22 April 2021 in a zone with the given offset. */
const expectedItems = (offset: string, hoursFromTbilisi: number) =>
  draftAgendaInTbilisi.map((row, position) => ({
    id: expect.any(String),
    position,
    start: `2021-04-22T${shiftHours(row.from, hoursFromTbilisi)}:00${offset}`,
    end: `2021-04-22T${shiftHours(row.to, hoursFromTbilisi)}:00${offset}`,
    durationMinutes: row.minutes,
    kind: row.kind,
    title: row.title,
    hasQa: row.hasQa,
    speakers: row.speakers.map(([name, title, organisation, minutes]) => ({
      personId: expect.any(String),
      name,
      title,
      organisation,
      timeZone: speakerZones[name] ?? null,
      minutes,
    })),
  }));

const slackFinding = { code: 'slack_before_window_end', severity: 'info', items: [], minutes: 5 };

describe('GET /api/activities/:id/agenda', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await findSeededIds(app);
  });
  afterAll(() => app.close());

  it("reproduces every row of the draft agenda in the event's own zone by default (Asia/Tbilisi, GMT+4)", async () => {
    const response = await request(app, `/api/activities/${ids.webinarId}/agenda`);
    expect(response.status).toBe(200);
    expect(agendaViewSchema.strict().safeParse(response.body).success).toBe(true);
    expect(response.body).toEqual({
      activityId: ids.webinarId,
      title:
        'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
      timeZone: 'Asia/Tbilisi',
      eventTimeZone: 'Asia/Tbilisi',
      platform: 'KUDO online platform',
      windowStart: '2021-04-22T14:00:00+04:00',
      windowEnd: '2021-04-22T17:00:00+04:00',
      items: expectedItems('+04:00', 0),
      findings: [slackFinding],
      version: 1,
    });
    expect(response.headers.etag).toBe('"1"');
  });

  it('shows the same agenda in Europe/Berlin at CEST, 12:00-15:00', async () => {
    const response = await request(app, `/api/activities/${ids.webinarId}/agenda?tz=Europe/Berlin`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      timeZone: 'Europe/Berlin',
      eventTimeZone: 'Asia/Tbilisi',
      windowStart: '2021-04-22T12:00:00+02:00',
      windowEnd: '2021-04-22T15:00:00+02:00',
      findings: [slackFinding],
    });
    expect((response.body as { items: unknown[] }).items).toEqual(expectedItems('+02:00', -2));
  });

  it('gives each person one id wherever they speak', async () => {
    const body = (await request(app, `/api/activities/${ids.webinarId}/agenda`)).body as {
      items: { speakers: { personId: string; name: string }[] }[];
    };
    const idsByName = new Map<string, Set<string>>();
    for (const speaker of body.items.flatMap((item) => item.speakers)) {
      idsByName.set(speaker.name, (idsByName.get(speaker.name) ?? new Set()).add(speaker.personId));
    }
    expect(idsByName.size).toBe(10);
    expect([...idsByName.values()].every((personIds) => personIds.size === 1)).toBe(true);
  });

  it('answers 400 unknown_time_zone for a zone that does not exist, naming tz', async () => {
    for (const tz of ['Mars/Olympus_Mons', 'GMT+4x', '']) {
      const response = await request(app, `/api/activities/${ids.webinarId}/agenda?tz=${encodeURIComponent(tz)}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        code: 'unknown_time_zone',
        message: `Unknown time zone "${tz}"`,
        fields: [{ path: 'tz', message: 'must be an IANA time zone such as Asia/Tbilisi or Europe/Berlin' }],
      });
    }
  });

  it('answers 404 for an activity that is not a scheduled event, and for an unknown activity', async () => {
    const unscheduled = await request(app, `/api/activities/${ids.workshopId}/agenda`);
    expect(unscheduled.status).toBe(404);
    expect(unscheduled.body).toEqual({ code: 'not_found', message: `Activity ${ids.workshopId} is not a scheduled event, so it has no agenda` });

    const unknownId = '0b7a3a52-1111-4aaa-9bbb-222222222222';
    const unknown = await request(app, `/api/activities/${unknownId}/agenda?tz=Europe/Berlin`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'not_found', message: `No activity with id ${unknownId}` });
  });

  it('answers 400 for a malformed id, an unknown parameter, or a repeated tz', async () => {
    expect(await request(app, '/api/activities/12345/agenda')).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'Invalid path parameters: id', fields: [{ path: 'id', message: 'must be a UUID' }] },
    });
    expect(await request(app, `/api/activities/${ids.webinarId}/agenda?zone=Europe/Berlin`)).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'Invalid query parameters: zone', fields: [{ path: 'zone', message: 'is not allowed' }] },
    });
    expect(await request(app, `/api/activities/${ids.webinarId}/agenda?tz=Europe/Berlin&tz=Asia/Tbilisi`)).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', message: 'Invalid query parameters: tz', fields: [{ path: 'tz', message: expect.any(String) }] },
    });
  });
});
