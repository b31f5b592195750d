import { gcmObjectives, migrationSdgTargetCodes, type CoverageCounts, type GcmObjectiveDrillDownView, type IndicatorDashboardView } from '@compact-tracker/domain';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const dashboardNetworkId = uuid(900);
export const residenceIndicatorId = uuid(901);
export const deathsIndicatorId = uuid(902);
export const policyIndicatorId = uuid(903);

const counts = (linked: number, baseline: number, gap: number): CoverageCounts => ({
  linkedIndicatorCount: linked,
  withBaselineCount: baseline,
  withGapCount: gap,
  withNeitherCount: linked - baseline - gap,
});

/** Indicators and crosswalk links per GCM objective; objectives not listed have none (and so "No link"). */
const gcmFigures: Record<number, [CoverageCounts, number]> = {
  1: [counts(4, 3, 1), 2],
  2: [counts(0, 0, 0), 1],
  5: [counts(2, 1, 0), 1],
  6: [counts(1, 0, 0), 0],
  7: [counts(3, 1, 1), 2],
  10: [counts(2, 2, 0), 1],
  19: [counts(1, 0, 1), 0],
  20: [counts(2, 2, 0), 1],
  21: [counts(1, 1, 0), 1],
  23: [counts(0, 0, 0), 1],
};

/** The dashboard as the API answers it for a network of 12 indicators part-way through the expert's work. */
export const dashboardView: IndicatorDashboardView = {
  networkId: dashboardNetworkId,
  currentYear: 2021,
  completeness: {
    indicatorCount: 12,
    withBaselineCount: 7,
    withGapCount: 3,
    withNeitherCount: 2,
    baselineOrGapShare: 0.8333,
    baselineRecordCount: 11,
    gapRecordCount: 4,
  },
  quality: {
    baselineCount: 7,
    missingSourceCount: 1,
    missingMethodCount: 2,
    missingNatureOfDataCount: 0,
    missingConfidenceCount: 1,
    byConfidence: [
      { confidence: 'high', count: 2 },
      { confidence: 'medium', count: 3 },
      { confidence: 'low', count: 1 },
      { confidence: null, count: 1 },
    ],
    byNatureOfData: [
      { natureOfData: 'country', count: 4 },
      { natureOfData: 'country_adjusted', count: 1 },
      { natureOfData: 'estimated', count: 2 },
      { natureOfData: 'modelled', count: 0 },
      { natureOfData: 'global', count: 0 },
      { natureOfData: null, count: 0 },
    ],
    outdatedBeforeYear: 2016,
    outdatedCount: 2,
  },
  gcmObjectives: gcmObjectives.map(({ number, title }) => {
    const [coverage, crosswalkLinkCount] = gcmFigures[number] ?? [counts(0, 0, 0), 0];
    return { number, title, crosswalkLinkCount, ...coverage };
  }),
  sdgTargets: [...migrationSdgTargetCodes]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((code) => ({ code, crosswalkLinkCount: code === '10.7' ? 3 : 0, ...(code === '10.7' ? counts(5, 3, 1) : code === '10.c' ? counts(2, 2, 0) : counts(0, 0, 0)) })),
  strategyGoals: [1, 2, 3].map((goal) => ({
    goalId: uuid(910 + goal),
    position: goal,
    title: `Goal ${goal} (placeholder: the strategy's real goals were not found; SCMI and the expert replace this)`,
    isPlaceholder: true,
    linkedGcmObjectiveCount: goal === 1 ? 3 : goal === 2 ? 1 : 0,
    ...(goal === 1 ? counts(7, 4, 2) : goal === 2 ? counts(2, 2, 0) : counts(0, 0, 0)),
  })),
  dataGapRegister: [
    {
      objective: { number: 7, title: gcmObjectives[6]?.title ?? '' },
      gaps: [{ indicatorId: deathsIndicatorId, code: 'GE-7.2', name: 'Migrants who died or disappeared in transit', referenceYear: 2020, reason: 'No national register of missing migrants before 2022' }],
    },
    {
      objective: null,
      gaps: [{ indicatorId: policyIndicatorId, code: 'GE-0.1', name: 'Policy review of the strategy', referenceYear: 2019, reason: 'No policy review yet' }],
    },
  ],
};

export const objectiveSevenView: GcmObjectiveDrillDownView = {
  networkId: dashboardNetworkId,
  objective: { number: 7, title: gcmObjectives[6]?.title ?? '' },
  counts: counts(3, 1, 1),
  indicators: [
    {
      id: residenceIndicatorId,
      code: 'GE-7.1',
      name: 'Share of migrants with a residence permit',
      measure: 'percentage',
      unit: 'PERCENT',
      standing: 'baseline',
      baseline: { id: uuid(921), isDataGap: false, gapReason: null, value: 41.5, narrative: null, referenceYear: 2020, sourceProvider: 'Geostat', natureOfData: 'country_adjusted', confidence: 'medium' },
      baselineRecordCount: 2,
      targets: [{ year: 2025, value: 50 }, { year: 2030, value: 60 }],
    },
    {
      id: deathsIndicatorId,
      code: 'GE-7.2',
      name: 'Migrants who died or disappeared in transit',
      measure: 'number',
      unit: null,
      standing: 'gap',
      baseline: { id: uuid(922), isDataGap: true, gapReason: 'No national register of missing migrants before 2022', value: null, narrative: null, referenceYear: 2020, sourceProvider: null, natureOfData: null, confidence: null },
      baselineRecordCount: 1,
      targets: [],
    },
    { id: uuid(904), code: 'GE-7.3', name: 'Victims of trafficking identified', measure: 'number', unit: null, standing: 'none', baseline: null, baselineRecordCount: 0, targets: [] },
  ],
  strategyLinks: [
    { linkId: uuid(931), strategyObjectiveId: uuid(941), strategyObjectiveTitle: 'Objective 1.1 (placeholder)', goalTitle: 'Goal 1 (placeholder)', fit: 'direct' },
  ],
};
