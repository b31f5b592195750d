import type { Locale } from './locale.js';

/**
 * Month and weekday names kept here rather than asked of Intl: some runtimes (Debian's Chromium among
 * them) ship without Georgian calendar data and would silently print English names in Georgian text.
 */
const monthNames: Record<Locale, Record<'long' | 'short', readonly string[]>> = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  ka: {
    long: ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'],
    short: ['იან', 'თებ', 'მარ', 'აპრ', 'მაი', 'ივნ', 'ივლ', 'აგვ', 'სექ', 'ოქტ', 'ნოე', 'დეკ'],
  },
};

/** Monday first, as ISO and luxon number weekdays (1 = Monday). */
const weekdayNames: Record<Locale, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ka: ['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა'],
};

/** `month` is 1–12. */
export const getMonthName = (month: number, locale: Locale, length: 'long' | 'short' = 'long'): string => {
  const name = monthNames[locale][length][month - 1];
  if (name === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return name;
};

/** `weekday` is 1 (Monday) – 7 (Sunday). */
export const getWeekdayName = (weekday: number, locale: Locale): string => {
  const name = weekdayNames[locale][weekday - 1];
  if (name === undefined) throw new RangeError(`weekday must be 1–7, got ${weekday}`);
  return name;
};
