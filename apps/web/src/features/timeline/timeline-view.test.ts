import { describe, expect, it } from 'vitest';
import { formatDayRange } from './timeline-format';
import { getDefaultAnchorMonth, readTimelineView, shiftMonth, writeTimelineView } from './timeline-view';

describe('timeline view in the URL', () => {
  it('reads zoom, period and filters, ignoring what it does not know', () => {
    const view = readTimelineView(new URLSearchParams('zoom=quarter&at=2021-04&status=done&status=bogus&kind=webinar&lead=abc&lead=abc'));
    expect(view).toEqual({ zoom: 'quarter', at: '2021-04', statuses: ['done'], kinds: ['webinar'], leadIds: ['abc'] });
    expect(readTimelineView(new URLSearchParams('zoom=decade&at=2021-13'))).toEqual({ zoom: 'year', at: undefined, statuses: [], kinds: [], leadIds: [] });
  });

  it('writes a change without touching other params and leaves defaults out', () => {
    const params = writeTimelineView(new URLSearchParams('asOf=2021-05-01&status=done'), { zoom: 'year', statuses: ['planned', 'in_progress'], at: '2021-01' });
    expect(params.toString()).toBe('asOf=2021-05-01&at=2021-01&status=planned&status=in_progress');
    expect(writeTimelineView(params, { statuses: [], at: undefined }).toString()).toBe('asOf=2021-05-01');
  });

  it('anchors on the as-of month inside the workplan year, else on its January; and steps by months', () => {
    expect(getDefaultAnchorMonth(2021, '2021-05-01')).toBe('2021-05');
    expect(getDefaultAnchorMonth(2021, '2026-01-15')).toBe('2021-01');
    expect(shiftMonth('2021-11', 3)).toBe('2022-02');
    expect(shiftMonth('2021-01', -12)).toBe('2020-01');
  });

  it('writes a milestone’s days as a range', () => {
    expect(formatDayRange('2020-11-12', '2020-11-13', 'en')).toBe('12–13 November 2020');
    expect(formatDayRange('2022-05-17', '2022-05-20', 'ka')).toBe('17–20 მაისი, 2022');
    expect(formatDayRange('2021-06-30', '2021-07-02', 'en')).toBe('30 June – 2 July 2021');
    expect(formatDayRange('2021-06-30', '2021-06-30', 'en')).toBe('30 June 2021');
  });
});
