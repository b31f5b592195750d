import { describe, expect, it } from 'vitest';
import { formatForumDates } from './format-forum-dates.js';

describe('the dates of a forum', () => {
  it('writes a month shared by both days once, in English and Georgian', () => {
    expect(formatForumDates('2022-05-17', '2022-05-20', 'en')).toBe('17–20 May 2022');
    expect(formatForumDates('2022-05-17', '2022-05-20', 'ka')).toBe('17–20 მაისი, 2022');
  });

  it('writes both days in full across months', () => {
    expect(formatForumDates('2026-04-30', '2026-05-02', 'en')).toBe('30 April 2026 – 2 May 2026');
  });
});
