import { describe, expect, it } from 'vitest';
import { getMonthName, getWeekdayName } from './calendar-names.js';

describe('calendar names', () => {
  it('names months in English and Georgian, long and short', () => {
    expect(getMonthName(3, 'en')).toBe('March');
    expect(getMonthName(3, 'ka')).toBe('მარტი');
    expect(getMonthName(12, 'ka', 'short')).toBe('დეკ');
  });

  it('counts weekdays from Monday, as luxon does', () => {
    expect(getWeekdayName(2, 'en')).toBe('Tuesday');
    expect(getWeekdayName(4, 'ka')).toBe('ხუთშაბათი');
    expect(getWeekdayName(7, 'ka')).toBe('კვირა');
  });

  it('refuses numbers outside the calendar', () => {
    expect(() => getMonthName(13, 'en')).toThrow(RangeError);
    expect(() => getWeekdayName(0, 'ka')).toThrow(RangeError);
  });
});
