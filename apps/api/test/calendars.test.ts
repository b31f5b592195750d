import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeededIds, request, startTestApp, type SeededIds } from './support/test-app.js';

type ParsedCalendar = { calendar: ICAL.Component; events: ICAL.Event[]; text: string };

/** Parses with ical.js, registering the file's own VTIMEZONEs so that TZID times resolve through them alone. */
const parseCalendar = (text: string): ParsedCalendar => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)), text };
};

const getProperty = (event: ICAL.Event, name: string) => event.component.getFirstProperty(name);
const getValue = (event: ICAL.Event, name: string) => event.component.getFirstPropertyValue(name);
const dayOf = (time: ICAL.Time) => time.toString();

/** RFC 5545 §3.1: every line ends in CRLF and is at most 75 octets long, continuation lines included. */
const expectFoldedLines = (text: string) => {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  return lines;
};

const webinarTitle =
  'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation';

describe('calendar files', () => {
  let app: NestFastifyApplication;
  let ids: SeededIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await findSeededIds(app);
  });
  afterAll(() => app.close());

  describe('GET /api/activities/:id/calendar.ics', () => {
    it('answers the webinar as an attachment in text/calendar', async () => {
      const response = await app.inject({ method: 'GET', url: `/api/activities/${ids.webinarId}/calendar.ics` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="webinar-2021-04-22.ics"');
    });

    it('is one VEVENT at 14:00-17:00 in Asia/Tbilisi, with the VTIMEZONE that puts 22 April 2021 at +04:00', async () => {
      const { calendar, events, text } = parseCalendar((await request(app, `/api/activities/${ids.webinarId}/calendar.ics`)).body as string);
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Compact Tracker//Workplan calendar//EN');
      expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(events).toHaveLength(1);

      const [vtimezone, ...otherZones] = calendar.getAllSubcomponents('vtimezone');
      expect(otherZones).toHaveLength(0);
      expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Asia/Tbilisi');
      const zone = new ICAL.Timezone(vtimezone as ICAL.Component);
      expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2021-04-22T14:00:00'))).toBe(4 * 3600);

      const webinar = events[0] as ICAL.Event;
      expect(text).toContain('DTSTART;TZID=Asia/Tbilisi:20210422T140000\r\n');
      expect(text).toContain('DTEND;TZID=Asia/Tbilisi:20210422T170000\r\n');
      expect(getProperty(webinar, 'dtstart')?.getParameter('tzid')).toBe('Asia/Tbilisi');
      expect(webinar.startDate.toString()).toBe('2021-04-22T14:00:00');
      expect(webinar.endDate.toString()).toBe('2021-04-22T17:00:00');
      expect(webinar.startDate.toJSDate().toISOString()).toBe('2021-04-22T10:00:00.000Z');
      expect(webinar.endDate.toJSDate().toISOString()).toBe('2021-04-22T13:00:00.000Z');

      expect(webinar.uid).toBe(`activity-${ids.webinarId}@compact-tracker`);
      expect(webinar.summary).toBe(webinarTitle);
      expect(webinar.location).toBe('KUDO online platform');
      expect(webinar.sequence).toBe(0);
      expect(getValue(webinar, 'status')).toBe('CONFIRMED');
      expect(getValue(webinar, 'transp')).toBe('OPAQUE');
      expect(getValue(webinar, 'dtstamp')).toBeInstanceOf(ICAL.Time);
      expect((getValue(webinar, 'dtstamp') as ICAL.Time).zone).toBe(ICAL.Timezone.utcTimezone);
      expect(getValue(webinar, 'last-modified')).toBeInstanceOf(ICAL.Time);
    });

    it('describes the agenda: all nine items with their times, speakers with minutes, and Q&A', async () => {
      const { events, text } = parseCalendar((await request(app, `/api/activities/${ids.webinarId}/calendar.ics`)).body as string);
      const description = (events[0] as ICAL.Event).description;
      expect(description).toContain('Agenda (times in Asia/Tbilisi, GMT+4)');
      const items = description.split('\n').filter((line) => /^\d\d:\d\d–\d\d:\d\d /.test(line));
      expect(items).toEqual([
        '14:00–14:15 Opening remarks',
        '14:15–14:30 Presentation: The Migration Network Hub (with Q&A)',
        '14:30–14:50 GCM Regional Reviews: Overview, lessons learned and reporting timelines (with Q&A)',
        '14:50–15:30 Government Experiences in GCM Implementation and Review (with Q&A)',
        '15:30–15:50 Presentation: The Migration Multi-Partner Trust Fund (M-MPTF) (with Q&A)',
        '15:50–16:10 Presentation: The Migration Champion Countries Initiatives (with Q&A)',
        '16:10–16:20 Break',
        '16:20–16:40 Discussion on way forward',
        '16:40–16:55 Closing remarks',
      ]);
      expect(description).toContain('  • Dr. Sabine Machl (UN Resident Coordinator, Georgia, RCO): 5 min');
      expect(description).toContain('  • Mr. Kristof Tamas (Senior Adviser, Ministry of Justice, Sweden): 20 min');
      expect(description).toContain('  • Ms. Sónia Pereira (High Commissioner for Migration, Government of Portugal): 20 min');
      expect(description.match(/^ {2}• /gm)).toHaveLength(13);
      // Commas and semicolons are escaped in the file itself, and the description is folded over many lines.
      expect(text.replaceAll('\r\n ', '')).toContain('SUMMARY:Webinar for the State Commission on Migration Issues of Georgia\\, on lessons');
    });

    it('keeps every line within 75 octets, CRLF-terminated, and escapes text values', async () => {
      const text = (await request(app, `/api/activities/${ids.webinarId}/calendar.ics`)).body as string;
      const lines = expectFoldedLines(text);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
      // Unfolded, a description line never carries a raw comma or semicolon.
      const unfolded = text.replaceAll('\r\n ', '');
      const description = unfolded.split('\r\n').find((line) => line.startsWith('DESCRIPTION:')) as string;
      expect(description.replaceAll('\\,', '').replaceAll('\\;', '')).not.toMatch(/[,;]/);
    });

    it('answers 404 for an activity that is not a scheduled event, and for an unknown activity', async () => {
      const unscheduled = await request(app, `/api/activities/${ids.workshopId}/calendar.ics`);
      expect(unscheduled.status).toBe(404);
      expect(unscheduled.headers['content-type']).toMatch(/^application\/json/);
      expect(unscheduled.body).toEqual({
        code: 'not_found',
        message: `Activity ${ids.workshopId} is not a scheduled event, so it has no calendar entry`,
      });
      const unknownId = '0b7a3a52-1111-4aaa-9bbb-222222222222';
      expect(await request(app, `/api/activities/${unknownId}/calendar.ics`)).toMatchObject({
        status: 404,
        body: { code: 'not_found', message: `No activity with id ${unknownId}` },
      });
    });

    it('answers 400 for a malformed id or an unknown query parameter', async () => {
      expect(await request(app, '/api/activities/12345/calendar.ics')).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', message: 'Invalid path parameters: id', fields: [{ path: 'id', message: 'must be a UUID' }] },
      });
      expect(await request(app, `/api/activities/${ids.webinarId}/calendar.ics?tz=Europe/Berlin`)).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'tz', message: 'is not allowed' }] },
      });
    });
  });

  describe('GET /api/workplans/:id/calendar.ics', () => {
    const getFeed = async () => parseCalendar((await request(app, `/api/workplans/${ids.workplanId}/calendar.ics`)).body as string);
    const findEvent = (events: ICAL.Event[], uid: string) => events.find((event) => event.uid === uid) as ICAL.Event;

    it('answers inline so calendar programs can subscribe, with a name and a refresh hint', async () => {
      const response = await app.inject({ method: 'GET', url: `/api/workplans/${ids.workplanId}/calendar.ics` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('inline; filename="workplan-2021.ics"');
      const { calendar } = parseCalendar(response.body);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Compact Tracker//Workplan calendar//EN');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Network on Migration in Georgia: workplan 2021');
      expect(response.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
      expect(response.body).toContain('X-PUBLISHED-TTL:PT1H\r\n');
      // RFC 5545: every calendar property comes before the first component.
      const firstComponent = response.body.indexOf('\r\nBEGIN:');
      for (const property of ['REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'X-WR-CALNAME', 'METHOD']) {
        expect(response.body.indexOf(`\r\n${property}`)).toBeLessThan(firstComponent);
      }
      expect(response.body.slice(firstComponent)).toMatch(/^\r\nBEGIN:VTIMEZONE\r\nTZID:Asia\/Tbilisi\r\n/);
    });

    it('has the four activities and the two GCM review milestones, one UID each', async () => {
      const { events } = await getFeed();
      expect(events).toHaveLength(6);
      expect(new Set(events.map((event) => event.uid)).size).toBe(6);
      expect(events.map((event) => event.uid)).toEqual(
        expect.arrayContaining([
          `activity-${ids.workshopId}@compact-tracker`,
          `activity-${ids.webinarId}@compact-tracker`,
          `activity-${ids.expertId}@compact-tracker`,
          `activity-${ids.meetingId}@compact-tracker`,
          'milestone-regional_review-2020-11-12@compact-tracker',
          'milestone-review_forum-2022-05-17@compact-tracker',
        ]),
      );
    });

    it('shows the workshop as an all-day event on 16 March 2021, its DTEND the exclusive next day', async () => {
      const { events, text } = await getFeed();
      const workshop = findEvent(events, `activity-${ids.workshopId}@compact-tracker`);
      expect(workshop.startDate.isDate).toBe(true);
      expect(dayOf(workshop.startDate)).toBe('2021-03-16');
      expect(dayOf(workshop.endDate)).toBe('2021-03-17');
      expect(text).toContain('DTSTART;VALUE=DATE:20210316\r\n');
      expect(text).toContain('DTEND;VALUE=DATE:20210317\r\n');
      expect(getValue(workshop, 'status')).toBe('CONFIRMED');
    });

    it('shows the webinar timed in its zone, as in the single-event file', async () => {
      const { events, calendar } = await getFeed();
      const webinar = findEvent(events, `activity-${ids.webinarId}@compact-tracker`);
      expect(getProperty(webinar, 'dtstart')?.getParameter('tzid')).toBe('Asia/Tbilisi');
      expect(webinar.startDate.toJSDate().toISOString()).toBe('2021-04-22T10:00:00.000Z');
      expect(webinar.description).toContain('16:40–16:55 Closing remarks');
      expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Asia/Tbilisi']);
    });

    it('spans April through June 2021 as whole days from 1 April to 1 July (exclusive), free rather than busy', async () => {
      const { events } = await getFeed();
      const expert = findEvent(events, `activity-${ids.expertId}@compact-tracker`);
      expect(expert.startDate.isDate).toBe(true);
      expect(dayOf(expert.startDate)).toBe('2021-04-01');
      expect(dayOf(expert.endDate)).toBe('2021-07-01');
      expect(expert.summary).toBe('International expert: linkages between the national Migration Strategy, GCM and the SDGs');
      expect(expert.description).toContain('Date: April through June 2021');
      expect(getValue(expert, 'status')).toBe('CONFIRMED');
      expect(getValue(expert, 'transp')).toBe('TRANSPARENT');
    });

    it('marks the June/July meeting tentative over 1 June to 1 August (exclusive)', async () => {
      const { events } = await getFeed();
      const meeting = findEvent(events, `activity-${ids.meetingId}@compact-tracker`);
      expect(meeting.startDate.isDate).toBe(true);
      expect(dayOf(meeting.startDate)).toBe('2021-06-01');
      expect(dayOf(meeting.endDate)).toBe('2021-08-01');
      expect(meeting.summary).toBe('Stock taking meeting with the RCO and UNCT (tentative: June/July 2021)');
      expect(getValue(meeting, 'status')).toBe('TENTATIVE');
      expect(getValue(meeting, 'transp')).toBe('TRANSPARENT');
    });

    it('includes the UNECE regional review (12-13 Nov 2020) and the IMRF (17-20 May 2022) as all-day events', async () => {
      const { events } = await getFeed();
      const review = findEvent(events, 'milestone-regional_review-2020-11-12@compact-tracker');
      expect(review.summary).toBe('UNECE regional review of the GCM');
      expect([dayOf(review.startDate), dayOf(review.endDate), review.startDate.isDate]).toEqual(['2020-11-12', '2020-11-14', true]);
      const forum = findEvent(events, 'milestone-review_forum-2022-05-17@compact-tracker');
      expect(forum.summary).toBe('International Migration Review Forum (IMRF)');
      expect([dayOf(forum.startDate), dayOf(forum.endDate), forum.startDate.isDate]).toEqual(['2022-05-17', '2022-05-21', true]);
    });

    it('keeps every line within 75 octets and CRLF-terminated', async () => {
      const { text } = await getFeed();
      expectFoldedLines(text);
    });

    it('answers 404 for an unknown workplan and 400 for a malformed id', async () => {
      const unknownId = '6f1c1d4e-0000-4000-8000-000000000000';
      expect(await request(app, `/api/workplans/${unknownId}/calendar.ics`)).toMatchObject({
        status: 404,
        body: { code: 'not_found', message: `No workplan with id ${unknownId}` },
      });
      expect(await request(app, '/api/workplans/not-a-uuid/calendar.ics')).toMatchObject({
        status: 400,
        body: { code: 'validation_failed', fields: [{ path: 'id', message: 'must be a UUID' }] },
      });
    });
  });
});
