import { describe, expect, it } from 'vitest';
import { doDayRangesOverlap, getTimelineRange } from './timeline-range.js';
import { gcmReviewMilestones, milestoneInputSchema } from './milestone.js';

describe('getTimelineRange', () => {
  it('shows the quarter, the year, or three years around a day', () => {
    expect(getTimelineRange('quarter', '2021-05-01')).toEqual({ fromMonth: '2021-04', toMonth: '2021-06' });
    expect(getTimelineRange('year', '2021-05-01')).toEqual({ fromMonth: '2021-01', toMonth: '2021-12' });
    expect(getTimelineRange('multi-year', '2021-05-01')).toEqual({ fromMonth: '2020-01', toMonth: '2022-12' });
  });

  it('brings the 2020 regional review and the 2022 IMRF into the multi-year view of 2021', () => {
    const range = getTimelineRange('multi-year', '2021-01-01');
    for (const milestone of gcmReviewMilestones) {
      expect(milestone.startDate.slice(0, 7) >= range.fromMonth && milestone.endDate.slice(0, 7) <= range.toMonth).toBe(true);
    }
  });
});

describe('doDayRangesOverlap', () => {
  it('counts a shared single day as overlap and a following day as none', () => {
    expect(doDayRangesOverlap({ start: '2021-06-01', end: '2021-06-30' }, { start: '2021-06-30', end: '2021-07-31' })).toBe(true);
    expect(doDayRangesOverlap({ start: '2021-06-01', end: '2021-06-30' }, { start: '2021-07-01', end: '2021-07-31' })).toBe(false);
  });
});

describe('milestones', () => {
  it('are the UNECE regional review of 12–13 November 2020 and the IMRF of 17–20 May 2022', () => {
    expect(gcmReviewMilestones.map((m) => [m.kind, m.startDate, m.endDate])).toEqual([
      ['regional_review', '2020-11-12', '2020-11-13'],
      ['review_forum', '2022-05-17', '2022-05-20'],
    ]);
  });

  it('refuses a milestone that ends before it starts', () => {
    const result = milestoneInputSchema.safeParse({ title: 'x', kind: 'other', startDate: '2021-05-02', endDate: '2021-05-01' });
    expect(result.error?.issues[0]?.path).toEqual(['endDate']);
  });
});
