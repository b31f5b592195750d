import type { IndicatorBaselineView, IndicatorView } from '@compact-tracker/domain';
import { buildSessionUser } from '../../test/fixtures';

/** Two indicators of the Georgia network as the API answers them: a percentage broken down by sex and age, and a qualitative one. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const indicatorNetworkId = buildSessionUser('expert').network.id;

export const residencePermits: IndicatorView = {
  id: uuid(900),
  networkId: indicatorNetworkId,
  code: 'GE-1.1',
  name: 'Share of migrants with a residence permit',
  definition: 'Migrants holding a valid residence permit as a share of all migrants',
  measure: 'percentage',
  unit: '%',
  direction: 'increase',
  disaggregationDimensions: ['sex', 'age'],
  custodian: 'Geostat',
  frequency: 'annual',
  gcmObjectiveNumbers: [1, 7],
  gcmPrincipleNumbers: [],
  sdgIndicatorCodes: ['10.7.2'],
  targets: [{ year: 2030, value: 60 }],
  version: 1,
};

export const policyReview: IndicatorView = {
  ...residencePermits,
  id: uuid(901),
  code: 'GE-2.1',
  name: 'State of the migration policy review',
  measure: 'qualitative',
  unit: null,
  disaggregationDimensions: [],
  targets: [],
};

export const recordedBaseline: IndicatorBaselineView = {
  id: uuid(950),
  indicatorId: residencePermits.id,
  isDataGap: false,
  gapReason: null,
  value: 41.5,
  narrative: null,
  referenceYear: 2020,
  referenceDate: '2020-12-31',
  disaggregation: [
    { dimension: 'sex', category: 'female', value: 44 },
    { dimension: 'sex', category: 'male', value: 39 },
  ],
  total: 41.5,
  area: 'Georgia (national)',
  source: { provider: 'Geostat', dataset: 'Migration statistics 2020', link: 'https://www.geostat.ge/en/modules/categories/322/migration' },
  method: 'Administrative records divided by the estimated migrant stock',
  natureOfData: 'country_adjusted',
  confidence: 'medium',
  notes: null,
  recordedBy: { userId: buildSessionUser('expert').id, displayName: 'Demo Expert' },
  recordedAt: '2021-05-12T08:30:00.000Z',
  updatedAt: '2021-05-12T08:30:00.000Z',
  version: 1,
};
