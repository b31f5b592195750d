import { describe, expect, it } from 'vitest';
import { diffPlan, type PlannedActivity } from './diff-plan.js';

const stockTaking: PlannedActivity = {
  activityId: 'a', title: 'Stock taking meeting with the RCO and UNCT', status: 'planned', dateSpan: { precision: 'month-choice', months: ['2021-06', '2021-07'] },
};
const webinar: PlannedActivity = {
  activityId: 'b', title: 'Webinar', status: 'planned',
  dateSpan: { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
};

describe('diffPlan', () => {
  it('reports nothing when the plan is as frozen', () => {
    expect(diffPlan([stockTaking, webinar], [webinar, stockTaking])).toEqual([]);
  });

  it('does not call a reordered undecided choice a move', () => {
    expect(diffPlan([stockTaking], [{ ...stockTaking, dateSpan: { precision: 'month-choice', months: ['2021-07', '2021-06'] } }])).toEqual([]);
  });

  it('reports a meeting fixed to a day as moved, and a held webinar as a status change', () => {
    const fixed: PlannedActivity = { ...stockTaking, dateSpan: { precision: 'day', date: '2021-07-08' } };
    const held: PlannedActivity = { ...webinar, status: 'done' };
    expect(diffPlan([stockTaking, webinar], [fixed, held])).toEqual([
      { kind: 'changed', activityId: 'a', title: stockTaking.title, baseline: stockTaking, current: fixed, isMoved: true, isStatusChanged: false, isRetitled: false },
      { kind: 'changed', activityId: 'b', title: 'Webinar', baseline: webinar, current: held, isMoved: false, isStatusChanged: true, isRetitled: false },
    ]);
  });

  it('reports activities added since the baseline and those dropped from it', () => {
    const added: PlannedActivity = { ...webinar, activityId: 'c', title: 'Second-half workplan' };
    expect(diffPlan([stockTaking, webinar], [webinar, added])).toEqual([
      { kind: 'added', activityId: 'c', title: 'Second-half workplan', current: added },
      { kind: 'dropped', activityId: 'a', title: stockTaking.title, baseline: stockTaking },
    ]);
  });
});
