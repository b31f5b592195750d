import { describe, expect, it } from 'vitest';
import type { DateSpan } from './date-span.js';
import { formatDateSpan } from './format-date-span.js';

const workshop: DateSpan = { precision: 'day', date: '2021-03-16' };
const webinar: DateSpan = { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' };
const expert: DateSpan = { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' };
const stockTaking: DateSpan = { precision: 'month-choice', months: ['2021-06', '2021-07'] };

describe('formatDateSpan in English', () => {
  it('renders each precision as the concept note writes it', () => {
    expect(formatDateSpan(workshop, 'en')).toBe('Tuesday, 16 March 2021');
    expect(formatDateSpan(webinar, 'en')).toBe('Thursday, 22 April 2021, 14:00–17:00 (GMT+4)');
    expect(formatDateSpan(expert, 'en')).toBe('April through June 2021');
    expect(formatDateSpan(stockTaking, 'en')).toBe('June/July 2021');
  });

  it('never invents a day for a month precision', () => {
    expect(formatDateSpan(expert, 'en')).not.toMatch(/\d{1,2} /);
    expect(formatDateSpan(stockTaking, 'en')).not.toMatch(/\b\d{1,2}\b/);
  });

  it('names both years when a span crosses a year', () => {
    expect(formatDateSpan({ precision: 'month-range', fromMonth: '2021-11', toMonth: '2022-02' }, 'en')).toBe('November 2021 through February 2022');
  });

  it('shows a single month once', () => {
    expect(formatDateSpan({ precision: 'month-range', fromMonth: '2021-05', toMonth: '2021-05' }, 'en')).toBe('May 2021');
  });

  it('prints the offset the zone had on that day, not today', () => {
    const berlinWinter: DateSpan = { precision: 'day-time-window', date: '2021-01-12', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Berlin' };
    const berlinSummer: DateSpan = { ...berlinWinter, date: '2021-07-12' };
    expect(formatDateSpan(berlinWinter, 'en')).toMatch(/\(GMT\+1\)$/);
    expect(formatDateSpan(berlinSummer, 'en')).toMatch(/\(GMT\+2\)$/);
  });
});

describe('formatDateSpan in Georgian', () => {
  it('uses Georgian day and month names', () => {
    expect(formatDateSpan(workshop, 'ka')).toBe('სამშაბათი, 16 მარტი, 2021');
    expect(formatDateSpan(webinar, 'ka')).toBe('ხუთშაბათი, 22 აპრილი, 2021, 14:00–17:00 (GMT+4)');
    expect(formatDateSpan(expert, 'ka')).toBe('აპრილი – ივნისი 2021');
    expect(formatDateSpan(stockTaking, 'ka')).toBe('ივნისი/ივლისი 2021');
  });
});
