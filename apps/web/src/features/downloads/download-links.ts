import type { Locale } from '@compact-tracker/domain';

const withLanguage = (path: string, locale: Locale) => `${path}?lang=${locale}`;

/** Calendar files take no language: their text is the activity's own (the API refuses `?lang=` there). */
export const getActivityCalendarUrl = (activityId: string) => `/api/activities/${encodeURIComponent(activityId)}/calendar.ics`;

/** The files a workplan offers, each in the reader's language. */
export const getWorkplanDownloads = (workplanId: string, locale: Locale) => {
  const base = `/api/workplans/${encodeURIComponent(workplanId)}`;
  return {
    calendarFeed: `${base}/calendar.ics`,
    csv: withLanguage(`${base}/export.csv`, locale),
    xlsx: withLanguage(`${base}/export.xlsx`, locale),
    pdf: withLanguage(`${base}/print.pdf`, locale),
    actionPointsCsv: withLanguage(`${base}/action-points/export.csv`, locale),
    actionPointsXlsx: withLanguage(`${base}/action-points/export.xlsx`, locale),
  };
};
