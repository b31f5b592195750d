import {
  checkAgendaTiming,
  formatPersonName,
  georgia2021Workplan,
  getDateSpanBounds,
  getRolePermissions,
  getQualityFlags,
  roles,
  wallClockToInstant,
  type ActivityDetailView,
  type AgendaView,
  type OrganisationView,
  type Role,
  type SessionUserView,
  type WorkplanDetailView,
  type WorkplanSummaryView,
} from '@compact-tracker/domain';
import { DateTime } from 'luxon';

/** The API's answers for the seeded 2021 Georgia workplan, built from the same seed the API stores. */
const seed = georgia2021Workplan;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const organisationIds = new Map(seed.organisations.map((organisation, index) => [organisation.key, uuid(100 + index)]));
const personIds = new Map(seed.people.map((person, index) => [person.key, uuid(200 + index)]));
export const activityIds = new Map(seed.activities.map((activity, index) => [activity.key, uuid(300 + index)]));
export const workplanId = uuid(1);

const toOrganisation = (key: string): OrganisationView => {
  const organisation = seed.organisations.find((candidate) => candidate.key === key);
  if (!organisation) throw new Error(`no organisation ${key}`);
  return { id: organisationIds.get(key) as string, name: organisation.name, shortName: organisation.shortName, kind: organisation.kind };
};

const network = {
  id: uuid(2),
  countryCode: seed.network.countryCode,
  name: seed.network.name,
  establishedOn: seed.network.establishedOn,
  coChairs: seed.network.coChairKeys.map(toOrganisation),
};

export const workplanSummary: WorkplanSummaryView = {
  id: workplanId,
  title: seed.workplan.title,
  year: seed.workplan.year,
  source: seed.workplan.source,
  network,
  activityCount: seed.activities.length,
};

const eventWindow = (activity: (typeof seed.activities)[number]) => {
  const span = activity.dateSpan;
  if (span.precision !== 'day-time-window') return null;
  return {
    windowStart: wallClockToInstant(span.date, span.startTime, span.timeZone),
    windowEnd: wallClockToInstant(span.date, span.endTime, span.timeZone),
    timeZone: span.timeZone,
  };
};

export const buildActivityDetail = (key: string, asOf: string): ActivityDetailView => {
  const activity = seed.activities.find((candidate) => candidate.key === key);
  if (!activity) throw new Error(`no activity ${key}`);
  const window = eventWindow(activity);
  return {
    id: activityIds.get(key) as string,
    workplanId,
    kind: activity.kind,
    title: activity.title,
    status: activity.status,
    dateSpan: activity.dateSpan,
    bounds: getDateSpanBounds(activity.dateSpan),
    qualityFlags: getQualityFlags(activity, asOf),
    leadOrganisations: activity.leadOrganisationKeys.map(toOrganisation),
    hasAgenda: (activity.schedule?.agenda.length ?? 0) > 0,
    version: 1,
    purpose: activity.purpose,
    participatingOrganisations: activity.participatingOrganisationKeys.map(toOrganisation),
    objectives: activity.objectives,
    expectedDeliverables: activity.expectedDeliverables.map((deliverable, index) => ({ id: uuid(400 + index), ...deliverable, version: 1 })),
    gcmObjectiveNumbers: [],
    gcmPrincipleNumbers: [],
    sdgTargetCodes: [],
    schedule: window && activity.schedule ? { ...window, platform: activity.schedule.platform } : null,
  };
};

export const buildWorkplanDetail = (asOf: string): WorkplanDetailView => ({
  ...workplanSummary,
  asOf,
  activities: seed.activities.map((activity) => {
    const { purpose: _purpose, participatingOrganisations: _participants, objectives: _objectives, expectedDeliverables: _deliverables, schedule: _schedule, ...summary } =
      buildActivityDetail(activity.key, asOf);
    return summary;
  }),
});

/** Where the webinar's speakers were, as the API's seed records it (contract A). */
const speakerTimeZones: Record<string, string> = { tamas: 'Europe/Stockholm', poalelungi: 'Europe/Chisinau', pereira: 'Europe/Lisbon' };

export const buildWebinarAgenda = (): AgendaView => {
  const webinar = seed.activities.find((activity) => activity.key === 'scmi-webinar');
  const window = webinar && eventWindow(webinar);
  if (!webinar?.schedule || !window) throw new Error('the seed webinar has no schedule');
  const items = webinar.schedule.agenda.map((item, index) => {
    const start = wallClockToInstant('2021-04-22', item.startTime, window.timeZone);
    return {
      id: uuid(500 + index),
      position: index,
      start,
      end: DateTime.fromISO(start, { setZone: true }).plus({ minutes: item.durationMinutes }).toISO({ suppressMilliseconds: true }) as string,
      durationMinutes: item.durationMinutes,
      kind: item.kind,
      title: item.title,
      hasQa: item.hasQa,
      speakers: item.speakers.map((slot) => {
        const person = seed.people.find((candidate) => candidate.key === slot.personKey);
        if (!person) throw new Error(`no person ${slot.personKey}`);
        const organisation = seed.organisations.find((candidate) => candidate.key === person.organisationKey);
        return {
          personId: personIds.get(person.key) as string,
          name: formatPersonName(person),
          title: person.title,
          organisation: organisation?.name ?? null,
          timeZone: speakerTimeZones[person.key] ?? null,
          minutes: slot.minutes,
        };
      }),
    };
  });
  const agenda = { ...window, items };
  return {
    activityId: activityIds.get('scmi-webinar') as string,
    title: webinar.title,
    timeZone: window.timeZone,
    eventTimeZone: window.timeZone,
    platform: webinar.schedule.platform,
    windowStart: window.windowStart,
    windowEnd: window.windowEnd,
    items,
    findings: checkAgendaTiming(agenda),
    version: 1,
  };
};

const demoNames: Record<Role, string> = {
  admin: 'Demo Admin',
  co_chair: 'Demo Co-chair (IOM)',
  expert: 'Demo Expert',
  scmi_reviewer: 'Demo SCMI Reviewer',
  viewer: 'Demo Viewer',
};

/** The session's answer for a signed-in user of the Georgia network with this role. */
export const buildSessionUser = (role: Role, id = uuid(600 + roles.indexOf(role))): SessionUserView => {
  const organisation = toOrganisation(role === 'scmi_reviewer' ? 'scmi' : 'iom');
  return {
    id,
    email: `${role}@compact-tracker.example`,
    displayName: demoNames[role],
    role,
    organisation: { id: organisation.id, name: organisation.name, shortName: organisation.shortName },
    network: { id: network.id, name: network.name, countryCode: network.countryCode },
    permissions: [...getRolePermissions(role)],
  };
};

export const organisationList: OrganisationView[] = seed.organisations.map((organisation) => toOrganisation(organisation.key));
