import type { ActivityKind, DeliverableStatus } from '../activity/activity.js';
import type { ActivityStatus } from '../activity/activity-status.js';
import type { AgendaItemKind } from '../agenda/agenda.js';
import type { DateSpan } from '../date-span/date-span.js';
import type { OrganisationKind } from '../organisation/organisation.js';

/**
 * The 2021 workplan of the UN Network on Migration in Georgia, to the letter of the concept note of the
 * 22 April 2021 webinar for the State Commission on Migration Issues. Records refer to each other by `key`;
 * the API gives them ids when it stores them. Titles and names are as printed, in English.
 */
export type SeedOrganisation = { key: string; name: string; shortName: string; kind: OrganisationKind };
export type SeedPerson = { key: string; honorific: string; name: string; title: string; organisationKey: string };
export type SeedAgendaItem = {
  startTime: string;
  durationMinutes: number;
  kind: AgendaItemKind;
  title: string;
  speakers: { personKey: string; minutes: number }[];
  hasQa: boolean;
};
export type SeedActivity = {
  key: string;
  kind: ActivityKind;
  title: string;
  purpose: string;
  status: ActivityStatus;
  dateSpan: DateSpan;
  leadOrganisationKeys: string[];
  participatingOrganisationKeys: string[];
  objectives: string[];
  expectedDeliverables: { title: string; status: DeliverableStatus }[];
  schedule?: { platform: string; agenda: SeedAgendaItem[] };
};
export type SeedWorkplan = {
  network: { countryCode: string; name: string; establishedOn: string; coChairKeys: string[] };
  organisations: SeedOrganisation[];
  people: SeedPerson[];
  workplan: { title: string; year: number; source: string };
  activities: SeedActivity[];
  /**
   * NOT from the concept note, which prints no time zones: the IANA zone of each speaker whose country or office
   * the note makes clear (by person key), so an agenda can show their own local time. A speaker whose location it
   * leaves open is left out rather than guessed.
   */
  inferredSpeakerTimeZones?: Record<string, string>;
};

const organisations: SeedOrganisation[] = [
  { key: 'iom', name: 'International Organization for Migration', shortName: 'IOM', kind: 'un_entity' },
  { key: 'rco', name: "UN Resident Coordinator's Office, Georgia", shortName: 'RCO', kind: 'un_entity' },
  { key: 'scmi', name: 'State Commission on Migration Issues of Georgia', shortName: 'SCMI', kind: 'government_body' },
  { key: 'network-secretariat', name: 'UN Network on Migration Secretariat', shortName: 'Network Secretariat', kind: 'un_entity' },
  { key: 'unct', name: 'UN Country Team in Georgia', shortName: 'UNCT', kind: 'un_entity' },
  { key: 'georgian-csos', name: 'Civil society organizations active in Georgia on migration issues', shortName: 'CSOs', kind: 'civil_society' },
  { key: 'sweden', name: 'Government of Sweden', shortName: 'Sweden', kind: 'member_state' },
  { key: 'moldova', name: 'Government of Moldova', shortName: 'Moldova', kind: 'member_state' },
  { key: 'portugal', name: 'Government of Portugal', shortName: 'Portugal', kind: 'member_state' },
  { key: 'migration-mptf', name: 'Migration Multi-Partner Trust Fund', shortName: 'M-MPTF', kind: 'fund' },
];

const people: SeedPerson[] = [
  { key: 'machl', honorific: 'Dr.', name: 'Sabine Machl', title: 'UN Resident Coordinator, Georgia', organisationKey: 'rco' },
  { key: 'celebic-lukovac', honorific: 'Ms.', name: 'Sanja Celebic Lukovac', title: 'IOM Chief of Mission, Georgia', organisationKey: 'iom' },
  { key: 'jashi', honorific: 'Mr.', name: 'George Jashi', title: 'Executive Secretary of the State Commission on Migration Issues of Georgia', organisationKey: 'scmi' },
  { key: 'melde', honorific: 'Dr.', name: 'Susanne Melde', title: 'Senior Programme Coordinator, Global Migration Data Analysis Centre, IOM', organisationKey: 'iom' },
  { key: 'rajput', honorific: 'Ms.', name: 'Azrah Karim Rajput', title: 'UN Migration Network Policy Officer', organisationKey: 'network-secretariat' },
  { key: 'tamas', honorific: 'Mr.', name: 'Kristof Tamas', title: 'Senior Adviser, Ministry of Justice, Sweden', organisationKey: 'sweden' },
  { key: 'poalelungi', honorific: 'Ms.', name: 'Olga Poalelungi', title: 'Director of Bureau for Migration and Asylum of the Ministry of Interior, Moldova', organisationKey: 'moldova' },
  { key: 'grandet', honorific: 'Mr.', name: 'Philippe Grandet', title: 'MPTF Manager', organisationKey: 'migration-mptf' },
  { key: 'pereira', honorific: 'Ms.', name: 'Sónia Pereira', title: 'High Commissioner for Migration, Government of Portugal', organisationKey: 'portugal' },
  { key: 'platonova', honorific: 'Ms.', name: 'Anna Platonova', title: 'Senior Development Coordination Officer/Economist, Office of the UN Resident Coordinator, Georgia', organisationKey: 'rco' },
];

const webinarAgenda: SeedAgendaItem[] = [
  {
    startTime: '14:00', durationMinutes: 15, kind: 'opening', title: 'Opening remarks', hasQa: false,
    speakers: [{ personKey: 'machl', minutes: 5 }, { personKey: 'celebic-lukovac', minutes: 5 }, { personKey: 'jashi', minutes: 5 }],
  },
  {
    startTime: '14:15', durationMinutes: 15, kind: 'presentation', title: 'Presentation: The Migration Network Hub', hasQa: true,
    speakers: [{ personKey: 'melde', minutes: 15 }],
  },
  {
    startTime: '14:30', durationMinutes: 20, kind: 'presentation', title: 'GCM Regional Reviews: Overview, lessons learned and reporting timelines', hasQa: true,
    speakers: [{ personKey: 'rajput', minutes: 20 }],
  },
  {
    startTime: '14:50', durationMinutes: 40, kind: 'panel', title: 'Government Experiences in GCM Implementation and Review', hasQa: true,
    speakers: [{ personKey: 'tamas', minutes: 20 }, { personKey: 'poalelungi', minutes: 20 }],
  },
  {
    startTime: '15:30', durationMinutes: 20, kind: 'presentation', title: 'Presentation: The Migration Multi-Partner Trust Fund (M-MPTF)', hasQa: true,
    speakers: [{ personKey: 'grandet', minutes: 20 }],
  },
  {
    startTime: '15:50', durationMinutes: 20, kind: 'presentation', title: 'Presentation: The Migration Champion Countries Initiatives', hasQa: true,
    speakers: [{ personKey: 'pereira', minutes: 20 }],
  },
  { startTime: '16:10', durationMinutes: 10, kind: 'break', title: 'Break', hasQa: false, speakers: [] },
  {
    startTime: '16:20', durationMinutes: 20, kind: 'discussion', title: 'Discussion on way forward', hasQa: false,
    speakers: [{ personKey: 'rajput', minutes: 20 }],
  },
  {
    startTime: '16:40', durationMinutes: 15, kind: 'closing', title: 'Closing remarks', hasQa: false,
    speakers: [{ personKey: 'platonova', minutes: 5 }, { personKey: 'jashi', minutes: 5 }, { personKey: 'celebic-lukovac', minutes: 5 }],
  },
];

const activities: SeedActivity[] = [
  {
    key: 'cso-workshop',
    kind: 'workshop',
    title: 'United Nations Network on Migration and Georgian Civil Society Organizations’ Engagement in the Global Compact for Safe, Orderly and Regular Migration process',
    purpose: 'An online event gathering representatives of CSOs active in Georgia and engaged and involved in migration issues to update them about the GCM and CSOs role, and encourage their participation.',
    status: 'done',
    dateSpan: { precision: 'day', date: '2021-03-16' },
    leadOrganisationKeys: ['iom', 'rco'],
    participatingOrganisationKeys: ['georgian-csos'],
    objectives: ['Update CSOs about the GCM and CSOs role', 'Encourage their participation'],
    expectedDeliverables: [],
  },
  {
    key: 'scmi-webinar',
    kind: 'webinar',
    title: 'Webinar for the State Commission on Migration Issues of Georgia, on lessons learned, good practices, and Network resources to inform the Global Compact for Safe, Orderly and Regular Migration (GCM) implementation',
    purpose: 'This webinar aims to facilitate Georgia’s active and meaningful participation in GCM processes including a possible participation at the IMRF in 2022.',
    status: 'planned',
    dateSpan: { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
    leadOrganisationKeys: ['iom', 'rco'],
    participatingOrganisationKeys: ['network-secretariat', 'scmi', 'sweden', 'moldova', 'portugal', 'migration-mptf'],
    objectives: [
      'Presentation by the Network Coordinator on the Migration Network Hub',
      'Presentation by the Network Secretariat on lessons learned from the various GCM regional review processes',
      'Presentation by a Member State on benefits resulting from GCM implementation at the national level – Government of Sweden',
      'Presentation by a Member State on experience about participation in the GCM regional review process, including benefits and next steps - Government of Moldova',
      'Presentation of the Migration Multi-Partner Trust Fund',
      'Presentation of the Champion Countries Initiative and specific country experience - Government of Portugal',
    ],
    expectedDeliverables: [],
    schedule: { platform: 'KUDO online platform', agenda: webinarAgenda },
  },
  {
    key: 'expert-engagement',
    kind: 'expert_engagement',
    title: 'International expert: linkages between the national Migration Strategy, GCM and the SDGs',
    purpose: 'IOM will engage an international expert to work more closely with the SCMI, RCO and participating UN Agencies, and other stakeholders to elaborate concrete linkages between the national Migration Strategy, GCM, and the SDGs, including identification of aligned indicators, and to establish a baseline for Georgia’s future possible GCM reporting.',
    status: 'planned',
    dateSpan: { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' },
    leadOrganisationKeys: ['iom'],
    participatingOrganisationKeys: ['scmi', 'rco', 'unct'],
    objectives: [
      'Elaborate concrete linkages between the national Migration Strategy, GCM, and the SDGs',
      'Identification of aligned indicators',
      'Establish a baseline for Georgia’s future possible GCM reporting',
    ],
    expectedDeliverables: [
      { title: 'Concrete linkages between the national Migration Strategy, GCM, and the SDGs', status: 'pending' },
      { title: 'Aligned indicators identified', status: 'pending' },
      { title: 'A baseline for Georgia’s future possible GCM reporting', status: 'pending' },
    ],
  },
  {
    key: 'stock-taking-meeting',
    kind: 'meeting',
    title: 'Stock taking meeting with the RCO and UNCT',
    purpose: 'A stock taking meeting with the RCO and UNCT to plan the way forward. More information and details will follow.',
    status: 'planned',
    dateSpan: { precision: 'month-choice', months: ['2021-06', '2021-07'] },
    leadOrganisationKeys: ['iom', 'rco'],
    participatingOrganisationKeys: ['unct'],
    objectives: ['Plan the way forward'],
    expectedDeliverables: [{ title: 'A more detailed workplan for the Network for the second half of 2021', status: 'pending' }],
  },
];

export const georgia2021Workplan: SeedWorkplan = {
  network: { countryCode: 'GE', name: 'UN Network on Migration in Georgia', establishedOn: '2020-06-30', coChairKeys: ['iom', 'rco'] },
  organisations,
  people,
  workplan: {
    title: 'Network on Migration in Georgia: workplan 2021',
    year: 2021,
    source: 'Concept note: Webinar for the State Commission on Migration Issues of Georgia, 22 April 2021',
  },
  activities,
  inferredSpeakerTimeZones: {
    // "Ministry of Justice, Sweden"; "Ministry of Interior, Moldova"; "Government of Portugal".
    tamas: 'Europe/Stockholm',
    poalelungi: 'Europe/Chisinau',
    pereira: 'Europe/Lisbon',
    // Their titles place them in Georgia: the RC, IOM's mission, the SCMI and the RCO.
    machl: 'Asia/Tbilisi',
    'celebic-lukovac': 'Asia/Tbilisi',
    jashi: 'Asia/Tbilisi',
    platonova: 'Asia/Tbilisi',
    // Melde (IOM GMDAC), Rajput (Network Secretariat) and Grandet (MPTF): the note does not say where they are.
  },
};
