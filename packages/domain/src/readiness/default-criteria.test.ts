import { describe, expect, it } from 'vitest';
import { georgia2021Workplan } from '../seed/georgia-2021-workplan.js';
import { defaultReadinessCriteria } from './default-criteria.js';

describe('the default readiness criteria', () => {
  it('are the seven criteria of issue 6, each with its own key', () => {
    expect(defaultReadinessCriteria.map((criterion) => criterion.key)).toEqual([
      'whole_of_society_consultation',
      'scmi_briefed',
      'linkages_documented',
      'indicator_baselines',
      'stock_taking_and_workplan',
      'regional_review_participation',
      'voluntary_review_report',
    ]);
  });

  it('name activities and deliverables of the 2021 seed, and organisations it knows', () => {
    const activities = new Map(georgia2021Workplan.activities.map((activity) => [activity.key, activity]));
    const organisationKeys = new Set(georgia2021Workplan.organisations.map((organisation) => organisation.key));
    for (const criterion of defaultReadinessCriteria) {
      if (criterion.source === null) {
        expect(organisationKeys.has(criterion.ownerOrganisationKey ?? ''), criterion.key).toBe(true);
        continue;
      }
      const activity = activities.get(criterion.source.activityKey);
      expect(activity, criterion.key).toBeDefined();
      if (criterion.source.kind === 'activity_and_deliverable_done') {
        expect(activity?.expectedDeliverables.map((deliverable) => deliverable.title)).toContain(criterion.source.deliverableTitle);
      }
    }
  });
});
