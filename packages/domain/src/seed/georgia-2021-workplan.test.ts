import { describe, expect, it } from 'vitest';
import { wallClockToInstant } from '../agenda/agenda.js';
import { checkAgendaTiming } from '../agenda/check-agenda-timing.js';
import { convertAgendaToZone } from '../agenda/convert-agenda.js';
import { dateSpanSchema } from '../date-span/date-span.js';
import { formatPersonName } from '../person/person.js';
import { isKnownTimeZone } from '../time-zone/time-zone.js';
import { georgia2021Workplan as seed } from './georgia-2021-workplan.js';

const activity = (key: string) => {
  const found = seed.activities.find((a) => a.key === key);
  if (!found) throw new Error(`no seed activity ${key}`);
  return found;
};
const person = (key: string) => {
  const found = seed.people.find((p) => p.key === key);
  if (!found) throw new Error(`no seed person ${key}`);
  return found;
};

const webinar = activity('scmi-webinar');
const agenda = webinar.schedule?.agenda ?? [];

/** The draft agenda as printed in the concept note: time column, title, then each speaker and minutes. */
const printedAgenda = [
  ['14:00', '14:15', 'Opening remarks', [
    ['Dr. Sabine Machl', 'UN Resident Coordinator, Georgia', 5],
    ['Ms. Sanja Celebic Lukovac', 'IOM Chief of Mission, Georgia', 5],
    ['Mr. George Jashi', 'Executive Secretary of the State Commission on Migration Issues of Georgia', 5],
  ], false],
  ['14:15', '14:30', 'Presentation: The Migration Network Hub', [
    ['Dr. Susanne Melde', 'Senior Programme Coordinator, Global Migration Data Analysis Centre, IOM', 15],
  ], true],
  ['14:30', '14:50', 'GCM Regional Reviews: Overview, lessons learned and reporting timelines', [
    ['Ms. Azrah Karim Rajput', 'UN Migration Network Policy Officer', 20],
  ], true],
  ['14:50', '15:30', 'Government Experiences in GCM Implementation and Review', [
    ['Mr. Kristof Tamas', 'Senior Adviser, Ministry of Justice, Sweden', 20],
    ['Ms. Olga Poalelungi', 'Director of Bureau for Migration and Asylum of the Ministry of Interior, Moldova', 20],
  ], true],
  ['15:30', '15:50', 'Presentation: The Migration Multi-Partner Trust Fund (M-MPTF)', [['Mr. Philippe Grandet', 'MPTF Manager', 20]], true],
  ['15:50', '16:10', 'Presentation: The Migration Champion Countries Initiatives', [
    ['Ms. Sónia Pereira', 'High Commissioner for Migration, Government of Portugal', 20],
  ], true],
  ['16:10', '16:20', 'Break', [], false],
  ['16:20', '16:40', 'Discussion on way forward', [['Ms. Azrah Karim Rajput', 'UN Migration Network Policy Officer', 20]], false],
  ['16:40', '16:55', 'Closing remarks', [
    ['Ms. Anna Platonova', 'Senior Development Coordination Officer/Economist, Office of the UN Resident Coordinator, Georgia', 5],
    ['Mr. George Jashi', 'Executive Secretary of the State Commission on Migration Issues of Georgia', 5],
    ['Ms. Sanja Celebic Lukovac', 'IOM Chief of Mission, Georgia', 5],
  ], false],
] as const;

const toTimedAgenda = () => ({
  windowStart: wallClockToInstant('2021-04-22', '14:00', 'Asia/Tbilisi'),
  windowEnd: wallClockToInstant('2021-04-22', '17:00', 'Asia/Tbilisi'),
  timeZone: 'Asia/Tbilisi',
  items: agenda.map((item) => ({ ...item, start: wallClockToInstant('2021-04-22', item.startTime, 'Asia/Tbilisi') })),
});

describe('the 2021 Georgia workplan seed', () => {
  it('is the Network in Georgia, established 30 June 2020, co-chaired by IOM and the RCO', () => {
    expect(seed.network).toEqual({ countryCode: 'GE', name: 'UN Network on Migration in Georgia', establishedOn: '2020-06-30', coChairKeys: ['iom', 'rco'] });
  });

  it('has the four activities with their dates at the precision the concept note gives', () => {
    expect(seed.activities.map((a) => [a.key, a.kind, a.dateSpan])).toEqual([
      ['cso-workshop', 'workshop', { precision: 'day', date: '2021-03-16' }],
      ['scmi-webinar', 'webinar', { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' }],
      ['expert-engagement', 'expert_engagement', { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' }],
      ['stock-taking-meeting', 'meeting', { precision: 'month-choice', months: ['2021-06', '2021-07'] }],
    ]);
    for (const a of seed.activities) expect(dateSpanSchema.safeParse(a.dateSpan).success).toBe(true);
  });

  it('records the CSO workshop as already held and the rest as planned', () => {
    expect(seed.activities.map((a) => a.status)).toEqual(['done', 'planned', 'planned', 'planned']);
  });

  it('gives the webinar its six presentations as objectives and the KUDO platform', () => {
    expect(webinar.objectives).toHaveLength(6);
    expect(webinar.objectives[2]).toBe('Presentation by a Member State on benefits resulting from GCM implementation at the national level – Government of Sweden');
    expect(webinar.objectives[5]).toBe('Presentation of the Champion Countries Initiative and specific country experience - Government of Portugal');
    expect(webinar.schedule?.platform).toBe('KUDO online platform');
  });

  it('reproduces every row of the draft agenda with each speaker as printed', () => {
    expect(agenda).toHaveLength(9);
    const timed = convertAgendaToZone(toTimedAgenda(), 'Asia/Tbilisi');
    timed.items.forEach((item, index) => {
      const [start, end, title, speakers, hasQa] = printedAgenda[index]!;
      expect(item.start.slice(11, 16)).toBe(start);
      expect(item.end.slice(11, 16)).toBe(end);
      expect(item.title).toBe(title);
      expect(item.hasQa).toBe(hasQa);
      expect(item.speakers.map((s) => [formatPersonName(person(s.personKey)), person(s.personKey).title, s.minutes])).toEqual(speakers);
    });
  });

  it('fits the 14:00–17:00 window with five minutes to spare and nothing else to report', () => {
    expect(checkAgendaTiming(toTimedAgenda())).toEqual([{ code: 'slack_before_window_end', severity: 'info', items: [], minutes: 5 }]);
  });

  it('is 12:00–15:00 in CEST, as the concept note prints it', () => {
    const berlin = convertAgendaToZone(toTimedAgenda(), 'Europe/Berlin');
    expect([berlin.windowStart, berlin.windowEnd]).toEqual(['2021-04-22T12:00:00+02:00', '2021-04-22T15:00:00+02:00']);
    expect(berlin.items[0]?.start).toBe('2021-04-22T12:00:00+02:00');
  });

  it('refers only to organisations and people it defines', () => {
    const organisationKeys = new Set(seed.organisations.map((o) => o.key));
    const personKeys = new Set(seed.people.map((p) => p.key));
    for (const p of seed.people) expect(organisationKeys).toContain(p.organisationKey);
    for (const key of seed.network.coChairKeys) expect(organisationKeys).toContain(key);
    for (const a of seed.activities) {
      for (const key of [...a.leadOrganisationKeys, ...a.participatingOrganisationKeys]) expect(organisationKeys).toContain(key);
      for (const item of a.schedule?.agenda ?? []) for (const s of item.speakers) expect(personKeys).toContain(s.personKey);
    }
  });
});

describe('the speakers’ time zones, kept apart from the concept note', () => {
  it('names only speakers of the seed, with real zones, and leaves out those whose location the note leaves open', () => {
    const zones = seed.inferredSpeakerTimeZones ?? {};
    for (const [key, zone] of Object.entries(zones)) {
      expect(person(key).key).toBe(key);
      expect(isKnownTimeZone(zone)).toBe(true);
    }
    expect(zones).toEqual({
      tamas: 'Europe/Stockholm',
      poalelungi: 'Europe/Chisinau',
      pereira: 'Europe/Lisbon',
      machl: 'Asia/Tbilisi',
      'celebic-lukovac': 'Asia/Tbilisi',
      jashi: 'Asia/Tbilisi',
      platonova: 'Asia/Tbilisi',
    });
    for (const key of ['melde', 'rajput', 'grandet']) expect(zones[key]).toBeUndefined();
  });
});
