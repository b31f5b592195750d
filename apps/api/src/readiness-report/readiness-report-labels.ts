import type {
  ActionPointStatus,
  ActivityStatus,
  CriterionReviewState,
  DeliverableStatus,
  Locale,
  ReadinessReviewStatus,
  ReadinessStatus,
} from '@compact-tracker/domain';

/**
 * Every word the readiness report writes itself, in English and Georgian (the web app's wording where it has one).
 * The data (titles, names, reasons, comments) stays as recorded, except the seeded criteria's titles, which have a
 * translation here by key.
 */
export type ReadinessReportLabels = {
  title: string;
  asOf: string;
  asOfPast: string;
  beforeHistory: string;
  countdown: { before_one: string; before_other: string; during: string; after: string };
  sections: { summary: string; criteria: string; grid: string; dataGaps: string; actionPoints: string; outline: string };
  summary: {
    criteria: string;
    overdue: string;
    review: string;
    reviewCounts: string;
    signedOff: string;
    signOffNote: string;
    signOffBlocked: string;
  };
  columns: { criterion: string; status: string; ownerAndDue: string; review: string; objective: string; indicator: string; year: string; reason: string; actionPoint: string; owner: string; due: string; source: string };
  criterion: {
    computed: string;
    evidenceBased: string;
    evidence: string;
    noEvidence: string;
    noOwner: string;
    noDueDate: string;
    due: string;
    overdue: string;
    lastReturn: string;
    reviewedBy: string;
    comments_one: string;
    comments_other: string;
  };
  figures: {
    activity: string;
    deliverable: string;
    missingRecord: string;
    crosswalk: string;
    unlinked: string;
    baselines: string;
    evidenceCount_one: string;
    evidenceCount_other: string;
  };
  evidenceKind: { activity: string; deliverable: string; indicator: string; document: string };
  grid: { intro: string; legend: string; principles: string; empty: string; objective: string };
  dataGaps: { intro: string; none: string; untagged: string };
  actionPoints: { intro: string; none: string; overdue: string };
  currentNote: string;
  outline: { heading: string; draftMark: string; related: string; noRelated: string };
  pageOf: string;
  generatedOn: string;
  none: string;
  status: Record<ReadinessStatus, string>;
  reviewState: Record<CriterionReviewState, string>;
  reviewStatus: Record<ReadinessReviewStatus, string>;
  activityStatus: Record<ActivityStatus, string>;
  deliverableStatus: Record<DeliverableStatus, string>;
  actionPointStatus: Record<ActionPointStatus, string>;
  /** The guiding principles in para 15's order. */
  principles: readonly string[];
  /** The seeded criteria's titles by key. */
  criterionTitles: Record<string, string>;
};

const en: ReadinessReportLabels = {
  title: 'Readiness report for the International Migration Review Forum',
  asOf: 'As of {date}',
  asOfPast: 'As of {date}: criteria, review and grid as they stood then, rebuilt from the audit trail',
  beforeHistory: 'The history of these records begins on {date}; for earlier days they are shown as first recorded.',
  countdown: {
    before_one: '{count} day to the IMRF ({dates})',
    before_other: '{count} days to the IMRF ({dates})',
    during: 'The IMRF is under way ({dates})',
    after: 'The IMRF ({dates}) has taken place',
  },
  sections: {
    summary: 'Summary',
    criteria: 'Readiness criteria',
    grid: 'Readiness grid: GCM objectives × guiding principles',
    dataGaps: 'Data-gap register',
    actionPoints: 'Action points still open',
    outline: 'Draft outline for a voluntary GCM review',
  },
  summary: {
    criteria: '{count} criteria: {met} met, {partlyMet} partly met, {notMet} not met',
    overdue: '{count} overdue',
    review: 'Review: {status}',
    reviewCounts: '{accepted} accepted, {returned} returned, {open} open or answered',
    signedOff: 'Signed off on {date} by {name}',
    signOffNote: 'Sign-off note: {note}',
    signOffBlocked: 'Cannot be signed off while a criterion is returned',
  },
  columns: {
    criterion: 'Criterion',
    status: 'Status',
    ownerAndDue: 'Owner and due date',
    review: 'Review',
    objective: 'GCM objective',
    indicator: 'Indicator',
    year: 'Year',
    reason: 'Reason for the gap',
    actionPoint: 'Action point',
    owner: 'Owner',
    due: 'Due',
    source: 'Agreed at',
  },
  criterion: {
    computed: 'Computed from live data',
    evidenceBased: 'Set on evidence',
    evidence: 'Evidence',
    noEvidence: 'No evidence linked',
    noOwner: 'No owner',
    noDueDate: 'No due date',
    due: 'Due {date}',
    overdue: 'Overdue',
    lastReturn: 'Last return: {reason}',
    reviewedBy: '{name}, {date}',
    comments_one: '{count} comment',
    comments_other: '{count} comments',
  },
  figures: {
    activity: 'Activity: {title} ({status})',
    deliverable: 'Deliverable: {title} ({status})',
    missingRecord: 'The source record no longer exists',
    crosswalk: '{linked} of {total} GCM objectives linked to the strategy',
    unlinked: 'Not linked: {numbers}',
    baselines: 'Aligned indicators: {aligned} ({withBaseline} with a baseline, {withGap} with a justified data gap, {without} with neither)',
    evidenceCount_one: '{count} evidence link',
    evidenceCount_other: '{count} evidence links',
  },
  evidenceKind: { activity: 'Activity', deliverable: 'Deliverable', indicator: 'Indicator', document: 'Document' },
  grid: {
    intro: 'Each cell: activities / indicators with a baseline / indicators without a baseline (a data gap or nothing recorded), tagged with both the objective and the principle. A dash: nothing tagged.',
    legend: 'activities / with baseline / without a baseline',
    principles: 'Guiding principles',
    empty: '–',
    objective: 'Objective',
  },
  dataGaps: {
    intro: 'Indicators whose counted baseline is a data gap recorded with its reason, by GCM objective.',
    none: 'No data gap is recorded.',
    untagged: 'Not tagged with a GCM objective',
  },
  actionPoints: { intro: 'Open and in-progress action points of the network’s workplans, overdue first.', none: 'No action point is open.', overdue: 'Overdue' },
  currentNote: 'The data-gap register and the action points are shown as they stand now.',
  outline: {
    heading: 'Draft outline for a voluntary GCM review',
    draftMark: 'DRAFT: section names unverified',
    related: 'What the tracker shows',
    noRelated: 'Nothing recorded yet',
  },
  pageOf: 'Page {page} of {pages}',
  generatedOn: 'Generated by Compact Tracker on {date}',
  none: 'None recorded',
  status: { met: 'Met', partly_met: 'Partly met', not_met: 'Not met' },
  reviewState: { open: 'Open', accepted: 'Accepted', returned: 'Returned', answered: 'Answered' },
  reviewStatus: { in_review: 'in review', signed_off: 'signed off' },
  activityStatus: { planned: 'Planned', in_progress: 'In progress', done: 'Done', postponed: 'Postponed', cancelled: 'Cancelled' },
  deliverableStatus: { pending: 'Pending', in_progress: 'In progress', delivered: 'Delivered', dropped: 'Dropped' },
  actionPointStatus: { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  principles: [
    'People-centred',
    'International cooperation',
    'National sovereignty',
    'Rule of law and due process',
    'Sustainable development',
    'Human rights',
    'Gender-responsive',
    'Child-sensitive',
    'Whole-of-government approach',
    'Whole-of-society approach',
  ],
  criterionTitles: {},
};

const ka: ReadinessReportLabels = {
  title: 'მზადყოფნის ანგარიში მიგრაციის საერთაშორისო მიმოხილვის ფორუმისთვის',
  asOf: 'მდგომარეობა: {date}',
  asOfPast: 'მდგომარეობა: {date}: კრიტერიუმები, განხილვა და ბადე იმ დღის მდგომარეობით, აღდგენილი ცვლილებების ისტორიიდან',
  beforeHistory: 'ამ ჩანაწერების ისტორია იწყება: {date}. უფრო ადრეული დღეებისთვის ისინი ნაჩვენებია ისე, როგორც პირველად ჩაიწერა.',
  countdown: {
    before_one: 'IMRF-მდე დარჩა {count} დღე ({dates})',
    before_other: 'IMRF-მდე დარჩა {count} დღე ({dates})',
    during: 'IMRF მიმდინარეობს ({dates})',
    after: 'IMRF ({dates}) უკვე ჩატარდა',
  },
  sections: {
    summary: 'შეჯამება',
    criteria: 'მზადყოფნის კრიტერიუმები',
    grid: 'მზადყოფნის ბადე: GCM-ის მიზნები × სახელმძღვანელო პრინციპები',
    dataGaps: 'მონაცემთა ხარვეზების რეესტრი',
    actionPoints: 'ჯერ კიდევ ღია სამოქმედო პუნქტები',
    outline: 'ნებაყოფლობითი GCM მიმოხილვის სამუშაო მონახაზი',
  },
  summary: {
    criteria: '{count} კრიტერიუმი: {met} შესრულებულია, {partlyMet} ნაწილობრივ შესრულებულია, {notMet} არ არის შესრულებული',
    overdue: '{count} ვადაგადაცილებული',
    review: 'განხილვა: {status}',
    reviewCounts: '{accepted} მიღებული, {returned} დაბრუნებული, {open} ღია ან პასუხგაცემული',
    signedOff: 'დამტკიცდა {date}, დაამტკიცა: {name}',
    signOffNote: 'დამტკიცების შენიშვნა: {note}',
    signOffBlocked: 'ვერ დამტკიცდება, სანამ რომელიმე კრიტერიუმი დაბრუნებულია',
  },
  columns: {
    criterion: 'კრიტერიუმი',
    status: 'სტატუსი',
    ownerAndDue: 'პასუხისმგებელი და ვადა',
    review: 'განხილვა',
    objective: 'GCM-ის მიზანი',
    indicator: 'ინდიკატორი',
    year: 'წელი',
    reason: 'ხარვეზის მიზეზი',
    actionPoint: 'სამოქმედო პუნქტი',
    owner: 'პასუხისმგებელი',
    due: 'ვადა',
    source: 'შეთანხმდა',
  },
  criterion: {
    computed: 'გამოითვლება მიმდინარე მონაცემებიდან',
    evidenceBased: 'დგინდება მტკიცებულებებით',
    evidence: 'მტკიცებულებები',
    noEvidence: 'მტკიცებულება არ არის მიბმული',
    noOwner: 'პასუხისმგებელი არ არის',
    noDueDate: 'ვადა არ არის',
    due: 'ვადა: {date}',
    overdue: 'ვადაგადაცილებული',
    lastReturn: 'ბოლო დაბრუნების მიზეზი: {reason}',
    reviewedBy: '{name}, {date}',
    comments_one: '{count} კომენტარი',
    comments_other: '{count} კომენტარი',
  },
  figures: {
    activity: 'აქტივობა: {title} ({status})',
    deliverable: 'შედეგი: {title} ({status})',
    missingRecord: 'წყარო ჩანაწერი აღარ არსებობს',
    crosswalk: 'GCM-ის {total} მიზნიდან {linked} დაკავშირებულია სტრატეგიასთან',
    unlinked: 'დაუკავშირებელი: {numbers}',
    baselines: 'შესაბამისი ინდიკატორები: {aligned} ({withBaseline} საბაზისო მაჩვენებლით, {withGap} დასაბუთებული ხარვეზით, {without} არც ერთით)',
    evidenceCount_one: '{count} მტკიცებულება',
    evidenceCount_other: '{count} მტკიცებულება',
  },
  evidenceKind: { activity: 'აქტივობა', deliverable: 'შედეგი', indicator: 'ინდიკატორი', document: 'დოკუმენტი' },
  grid: {
    intro: 'თითოეულ უჯრაში: აქტივობები / ინდიკატორები საბაზისო მაჩვენებლით / ინდიკატორები საბაზისო მაჩვენებლის გარეშე (ხარვეზით ან ჩანაწერის გარეშე), მონიშნული როგორც მიზნით, ისე პრინციპით. ტირე: არაფერია მონიშნული.',
    legend: 'აქტივობები / საბაზისოთი / საბაზისოს გარეშე',
    principles: 'სახელმძღვანელო პრინციპები',
    empty: '–',
    objective: 'მიზანი',
  },
  dataGaps: {
    intro: 'ინდიკატორები, რომელთა საბაზისო მაჩვენებელი მიზეზით ჩაწერილი მონაცემთა ხარვეზია, GCM-ის მიზნების მიხედვით.',
    none: 'მონაცემთა ხარვეზი არ არის ჩაწერილი.',
    untagged: 'GCM-ის მიზნით მოუნიშნავი',
  },
  actionPoints: { intro: 'ქსელის სამუშაო გეგმების ღია და მიმდინარე სამოქმედო პუნქტები, ვადაგადაცილებული პირველ რიგში.', none: 'ღია სამოქმედო პუნქტი არ არის.', overdue: 'ვადაგადაცილებული' },
  currentNote: 'მონაცემთა ხარვეზების რეესტრი და სამოქმედო პუნქტები ნაჩვენებია ამჟამინდელი მდგომარეობით.',
  outline: {
    heading: 'ნებაყოფლობითი GCM მიმოხილვის სამუშაო მონახაზი',
    draftMark: 'DRAFT · სამუშაო ვერსია: ნაწილების სახელები გადაუმოწმებელია',
    related: 'რას აჩვენებს ტრეკერი',
    noRelated: 'ჯერ არაფერია ჩაწერილი',
  },
  pageOf: 'გვერდი {page} / {pages}',
  generatedOn: 'შექმნილია Compact Tracker-ით: {date}',
  none: 'არ არის მითითებული',
  status: { met: 'შესრულებულია', partly_met: 'ნაწილობრივ შესრულებულია', not_met: 'არ არის შესრულებული' },
  reviewState: { open: 'ღია', accepted: 'მიღებულია', returned: 'დაბრუნებულია', answered: 'პასუხი გაცემულია' },
  reviewStatus: { in_review: 'მიმდინარეობს', signed_off: 'დამტკიცებულია' },
  activityStatus: { planned: 'დაგეგმილი', in_progress: 'მიმდინარე', done: 'დასრულებული', postponed: 'გადადებული', cancelled: 'გაუქმებული' },
  deliverableStatus: { pending: 'მოსალოდნელი', in_progress: 'მიმდინარე', delivered: 'წარდგენილი', dropped: 'მოხსნილი' },
  actionPointStatus: { open: 'ღია', in_progress: 'მიმდინარე', done: 'შესრულებული', dropped: 'მოხსნილი' },
  principles: [
    'ადამიანზე ორიენტირებული',
    'საერთაშორისო თანამშრომლობა',
    'ეროვნული სუვერენიტეტი',
    'კანონის უზენაესობა და სამართლიანი პროცესი',
    'მდგრადი განვითარება',
    'ადამიანის უფლებები',
    'გენდერულად მგრძნობიარე',
    'ბავშვის ინტერესებზე მორგებული',
    'მთლიანი მთავრობის მიდგომა',
    'მთლიანი საზოგადოების მიდგომა',
  ],
  criterionTitles: {
    whole_of_society_consultation: 'ჩატარდა კონსულტაცია მთლიანი საზოგადოების მიდგომით',
    scmi_briefed: 'მიგრაციის საკითხთა სამთავრობო კომისიას მიეწოდა ინფორმაცია GCM-ის მიმოხილვის პროცესზე',
    linkages_documented: 'დოკუმენტირებულია სტრატეგიის, GCM-ისა და მდგრადი განვითარების მიზნების კავშირები',
    indicator_baselines: 'დადგენილია ინდიკატორების საბაზისო მაჩვენებლები',
    stock_taking_and_workplan: 'ჩატარდა შემაჯამებელი შეხვედრა და მიღებულია წლის მეორე ნახევრის სამუშაო გეგმა',
    regional_review_participation: 'აღრიცხულია რეგიონულ მიმოხილვაში მონაწილეობა',
    voluntary_review_report: 'მომზადებულია ნებაყოფლობითი GCM მიმოხილვის ანგარიშის პროექტი',
  },
};

export const readinessReportLabels: Record<Locale, ReadinessReportLabels> = { en, ka };
