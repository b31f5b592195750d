/**
 * The readiness criteria every review of the Georgia network starts with, from issue 6 and the concept note of the
 * 22 April 2021 webinar. Each computed criterion names the activity of the 2021 workplan seed whose work it measures,
 * by its key (and a deliverable by its title there); the API resolves them to ids when it stores them. That activity
 * gives the criterion its owner (its first lead organisation) and its due date (the last day its own dates allow),
 * so no day is invented: evidence-based criteria have no due date until the co-chairs set one.
 */
/** The zone the Georgia network's days are counted in: the concept note's "GMT+4", Tbilisi's. */
export const georgiaReadinessTimeZone = 'Asia/Tbilisi';

export type DefaultCriterionSource =
  | { kind: 'activity_done'; activityKey: string }
  | { kind: 'activity_and_deliverable_done'; activityKey: string; deliverableTitle: string }
  | { kind: 'crosswalk_gcm_coverage'; activityKey: string }
  | { kind: 'indicator_baselines'; activityKey: string };

export type DefaultReadinessCriterion = {
  key: string;
  title: string;
  description: string;
  /** Null for an evidence-based criterion. */
  source: DefaultCriterionSource | null;
  /** The owner of an evidence-based criterion; null for a computed one, owned by its activity's first lead. */
  ownerOrganisationKey: string | null;
};

export const defaultReadinessCriteria: readonly DefaultReadinessCriterion[] = [
  {
    key: 'whole_of_society_consultation',
    title: 'Whole-of-society consultation held',
    description: 'The online workshop with Georgian civil-society organisations on the GCM process is done.',
    source: { kind: 'activity_done', activityKey: 'cso-workshop' },
    ownerOrganisationKey: null,
  },
  {
    key: 'scmi_briefed',
    title: 'SCMI briefed on the GCM review process',
    description: 'The webinar for SCMI officials on the GCM, the 2020 regional reviews, the Champion Countries Initiative and the Migration MPTF is done.',
    source: { kind: 'activity_done', activityKey: 'scmi-webinar' },
    ownerOrganisationKey: null,
  },
  {
    key: 'linkages_documented',
    title: 'Strategy–GCM–SDG linkages documented',
    description: 'Every one of the 23 GCM objectives is linked to at least one objective of the Migration Strategy 2021-2030 in the crosswalk.',
    source: { kind: 'crosswalk_gcm_coverage', activityKey: 'expert-engagement' },
    ownerOrganisationKey: null,
  },
  {
    key: 'indicator_baselines',
    title: 'Indicator baselines established',
    description: 'Every aligned indicator (tagged with a GCM objective) has a baseline, or a data gap recorded with its reason.',
    source: { kind: 'indicator_baselines', activityKey: 'expert-engagement' },
    ownerOrganisationKey: null,
  },
  {
    key: 'stock_taking_and_workplan',
    title: 'Stock-taking held and second-half workplan adopted',
    description: 'The stock-taking meeting of the RCO and UNCT is done, and its deliverable, the more detailed workplan for the second half of 2021, is delivered.',
    source: { kind: 'activity_and_deliverable_done', activityKey: 'stock-taking-meeting', deliverableTitle: 'A more detailed workplan for the Network for the second half of 2021' },
    ownerOrganisationKey: null,
  },
  {
    key: 'regional_review_participation',
    title: 'Regional review participation recorded',
    description: "Georgia's part in the GCM regional review of the UNECE region (12–13 November 2020) is recorded with evidence.",
    source: null,
    // The government takes part in a regional review; the co-chairs may hand this to another owner.
    ownerOrganisationKey: 'scmi',
  },
  {
    key: 'voluntary_review_report',
    title: 'Voluntary GCM review report drafted',
    description: "A draft of Georgia's voluntary GCM review report exists (the official outline of such a report is unverified).",
    source: null,
    // A voluntary review is the Member State's own report.
    ownerOrganisationKey: 'scmi',
  },
];
