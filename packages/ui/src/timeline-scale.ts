/**
 * Where calendar days fall on a timeline whose columns are whole months of equal width.
 * Positions are fractions 0..1 of the track; each month is split by its own number of days so
 * that a bar never drifts out of the column of the month it belongs to.
 */
export type TimelineScale = { monthKeys: readonly string[] };

const daysInMonth = (monthKey: string): number => {
  const [year, month] = monthKey.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
};

const clampFraction = (value: number) => Math.min(1, Math.max(0, value));

const getFirstMonth = (scale: TimelineScale) => scale.monthKeys[0] ?? '';
const getLastMonth = (scale: TimelineScale) => scale.monthKeys[scale.monthKeys.length - 1] ?? '';

const locateDay = (scale: TimelineScale, isoDay: string, dayOffset: 0 | 0.5 | 1): number => {
  const monthKey = isoDay.slice(0, 7);
  const count = scale.monthKeys.length;
  if (count === 0) return 0;
  if (monthKey < getFirstMonth(scale)) return 0;
  if (monthKey > getLastMonth(scale)) return 1;
  const index = scale.monthKeys.indexOf(monthKey);
  const day = Number(isoDay.slice(8, 10));
  return clampFraction((index + (day - 1 + dayOffset) / daysInMonth(monthKey)) / count);
};

export const getDayStart = (scale: TimelineScale, isoDay: string): number => locateDay(scale, isoDay, 0);
export const getDayCentre = (scale: TimelineScale, isoDay: string): number => locateDay(scale, isoDay, 0.5);
export const getDayEnd = (scale: TimelineScale, isoDay: string): number => locateDay(scale, isoDay, 1);

export const isDayInScale = (scale: TimelineScale, isoDay: string): boolean => scale.monthKeys.includes(isoDay.slice(0, 7));

/** Whether a run of days ends before the months shown begin, starts after they end, or touches them. */
export type ScalePlacement = 'before' | 'inside' | 'after';

export const placeDayRange = (scale: TimelineScale, startDay: string, endDay: string): ScalePlacement => {
  if (scale.monthKeys.length === 0) return 'inside';
  if (endDay.slice(0, 7) < getFirstMonth(scale)) return 'before';
  if (startDay.slice(0, 7) > getLastMonth(scale)) return 'after';
  return 'inside';
};

const getNextMonth = (monthKey: string): string => {
  const [year, month] = monthKey.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
};

export const getLastDayOfMonth = (monthKey: string): string => `${monthKey}-${String(daysInMonth(monthKey)).padStart(2, '0')}`;

/** ["2021-06", "2021-07", "2021-09"] → [["2021-06", "2021-07"], ["2021-09"]]. */
export const groupConsecutiveMonths = (months: readonly string[]): string[][] => {
  const groups: string[][] = [];
  for (const month of [...new Set(months)].sort()) {
    const current = groups[groups.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && getNextMonth(last) === month) current.push(month);
    else groups.push([month]);
  }
  return groups;
};

export type YearGroup = { year: string; firstIndex: number; monthCount: number };

/** The years the months belong to, each with the index of its first month column and how many it spans. */
export const groupMonthsByYear = (monthKeys: readonly string[]): YearGroup[] => {
  const groups: YearGroup[] = [];
  monthKeys.forEach((key, index) => {
    const year = key.slice(0, 4);
    const current = groups[groups.length - 1];
    if (current && current.year === year) current.monthCount += 1;
    else groups.push({ year, firstIndex: index, monthCount: 1 });
  });
  return groups;
};

export const formatPercent = (fraction: number): string => `${(fraction * 100).toFixed(4)}%`;
