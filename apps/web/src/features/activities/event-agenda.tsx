import type { ActivityDetailView, AgendaView, Locale } from '@compact-tracker/domain';
import { AgendaTable, type AgendaFindingNote, type AgendaRow, type AgendaZoneColumn } from '@compact-tracker/ui';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import {
  formatClockTime,
  formatLongDate,
  formatShortDate,
  formatZoneAbbreviation,
  formatZoneOffset,
  getCalendarDate,
} from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { activityAgendaQueryOptions } from './api';
import { AgendaEditor } from '../agenda-editor/agenda-editor';
import { describeAgendaFinding } from './agenda-findings';
import { getZonedAgendaColumns, referenceTimeZone, type ZonedAgendaColumn } from './agenda-zones';

type Schedule = NonNullable<ActivityDetailView['schedule']>;

const getZoneHeader = (key: ZonedAgendaColumn['key'], zone: string, eventTimeZone: string, at: string, t: TFunction): AgendaZoneColumn => {
  switch (key) {
    case 'event':
      return { key, label: formatZoneOffset(at, zone), detail: t('agenda.eventTime', { zone }) };
    case 'reference':
      return { key, label: formatZoneAbbreviation(at, zone), detail: t('agenda.referenceTime', { zone }) };
    case 'viewer': {
      const abbreviation = formatZoneAbbreviation(at, zone);
      const values = { zone, abbreviation };
      const detail =
        zone === eventTimeZone ? t('agenda.yourTimeZoneSameAsEvent', values) : abbreviation === zone ? zone : t('agenda.yourTimeZoneDetail', values);
      return { key, label: t('agenda.yourTimeZone'), detail, isViewer: true };
    }
  }
};

/** A break is called "Break" in the source; that one word is a label, not a title, so it is translated. */
const getItemTitle = (item: AgendaView['items'][number], t: TFunction) =>
  item.kind === 'break' && item.title.trim().toLowerCase() === 'break' ? t('agendaKind.break') : item.title;

/** The city a zone is named after, in the reader's language where we have it ("Chișinău", not "Chisinau"). */
const getCityName = (zone: string, t: TFunction): string => {
  const key = zone.replace('/', '_');
  const known = t(`cities.${key}` as 'cities.Europe_Stockholm', { defaultValue: '' });
  return known || (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
};

const buildRows = (agenda: AgendaView, columns: ZonedAgendaColumn[], locale: Locale, t: TFunction, isSpeakerTimeShown: boolean): AgendaRow[] =>
  agenda.items.map((item, index) => {
    const eventDay = getCalendarDate(item.start, agenda.eventTimeZone);
    const times = Object.fromEntries(
      columns.flatMap((column) => {
        const zoned = column.agenda.items[index];
        if (!zoned) return [];
        const isOtherDay = getCalendarDate(zoned.start, column.zone) !== eventDay;
        return [[column.key, {
          start: formatClockTime(zoned.start, column.zone),
          end: formatClockTime(zoned.end, column.zone),
          startIso: zoned.start,
          endIso: zoned.end,
          ...(isOtherDay ? { dayNote: formatShortDate(zoned.start, column.zone, locale) } : {}),
        }]];
      }),
    );
    return {
      id: item.id,
      title: getItemTitle(item, t),
      kindLabel: t(`agendaKind.${item.kind}`),
      isBreak: item.kind === 'break',
      hasQa: item.hasQa,
      speakers: item.speakers.map((speaker, position) => ({
        key: `${speaker.personId}-${position}`,
        name: speaker.name,
        detail: speaker.title || speaker.organisation || undefined,
        minutesLabel: t('agenda.minutes', { count: speaker.minutes }),
        ...(isSpeakerTimeShown && speaker.timeZone
          ? {
              localTime: {
                label: t('agendaView.speakerLocalTime', { time: formatClockTime(item.start, speaker.timeZone), city: getCityName(speaker.timeZone, t) }),
                dateTime: DateTime.fromISO(item.start).setZone(speaker.timeZone).toISO({ suppressMilliseconds: true }) ?? item.start,
              },
            }
          : {}),
      })),
      times,
    };
  });

const describeFinding = (finding: AgendaView['findings'][number], agenda: AgendaView, t: TFunction): string =>
  describeAgendaFinding(finding, (position) => {
    const item = agenda.items[position];
    return item ? getItemTitle(item, t) : undefined;
  }, t);

const buildFindings = (agenda: AgendaView, t: TFunction): AgendaFindingNote[] =>
  agenda.findings.map((finding, index) => ({
    key: `${finding.code}-${index}`,
    severity: finding.severity,
    severityLabel: t(`severity.${finding.severity}`),
    message: describeFinding(finding, agenda, t),
  }));

const ScheduleFacts = ({ schedule, viewerTimeZone }: { schedule: Schedule; viewerTimeZone: string }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { windowStart, windowEnd, timeZone } = schedule;
  const windowIn = (zone: string) => ({ start: formatClockTime(windowStart, zone), end: formatClockTime(windowEnd, zone) });
  return (
    <dl className="facts facts--inline">
      {schedule.platform ? (
        <div className="facts__item">
          <dt>{t('agenda.platform')}</dt>
          <dd>{schedule.platform}</dd>
        </div>
      ) : null}
      <div className="facts__item">
        <dt>{t('agenda.date')}</dt>
        <dd>
          <time dateTime={getCalendarDate(windowStart, timeZone)}>{formatLongDate(getCalendarDate(windowStart, timeZone), locale)}</time>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('agenda.window')}</dt>
        <dd>
          <ul className="window-list">
            <li>{t('agenda.windowInZone', { ...windowIn(timeZone), zone: formatZoneOffset(windowStart, timeZone) })}</li>
            <li>{t('agenda.windowInZone', { ...windowIn(referenceTimeZone), zone: formatZoneAbbreviation(windowStart, referenceTimeZone) })}</li>
            <li>{t('agenda.windowForYou', { ...windowIn(viewerTimeZone), zone: viewerTimeZone })}</li>
          </ul>
        </dd>
      </div>
    </dl>
  );
};

type EventAgendaProps = { activity: ActivityDetailView; schedule: Schedule | null; viewerTimeZone: string; canEdit?: boolean };

export const EventAgenda = ({ activity, schedule, viewerTimeZone, canEdit = false }: EventAgendaProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const agendaQuery = useQuery({ ...activityAgendaQueryOptions(activity.id), enabled: activity.hasAgenda });
  const [isEditing, setIsEditing] = useState(false);
  const [isSpeakerTimeShown, setIsSpeakerTimeShown] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const isViewerElsewhere = schedule !== null && viewerTimeZone !== schedule.timeZone;
  const hasSpeakerZones = agendaQuery.data?.items.some((item) => item.speakers.some((speaker) => speaker.timeZone)) ?? false;

  const renderAgenda = () => {
    if (!activity.hasAgenda) return <p className="muted">{t('agenda.noItems')}</p>;
    if (agendaQuery.isPending) return <LoadingState label={t('agenda.loading')} />;
    if (agendaQuery.isError) return <ErrorState error={agendaQuery.error} headingLevel={3} onRetry={() => void agendaQuery.refetch()} />;
    const agenda = agendaQuery.data;
    const columns = getZonedAgendaColumns(agenda, viewerTimeZone);
    return (
      <AgendaTable
        zones={columns.map((column) => getZoneHeader(column.key, column.zone, agenda.eventTimeZone, agenda.windowStart, t))}
        rows={buildRows(agenda, columns, locale, t, isSpeakerTimeShown)}
        findings={buildFindings(agenda, t)}
        labels={{
          caption: t('agenda.heading'),
          scrollRegion: t('agenda.tableRegion'),
          item: t('agenda.item'),
          kind: t('agenda.kind'),
          speakers: t('agenda.speakers'),
          qa: t('agenda.qa'),
          qaMarker: t('agenda.qaMarker'),
          findings: t('agenda.timingCheck'),
          noFindings: t('agenda.noFindings'),
        }}
      />
    );
  };

  const closeEditor = (message?: string) => {
    setIsEditing(false);
    setNotice(message ?? null);
    requestAnimationFrame(() => document.getElementById('agenda-edit-button')?.focus());
  };
  const isEditorReady = !activity.hasAgenda || agendaQuery.isSuccess;

  return (
    <section className="panel agenda-panel" aria-labelledby="agenda-heading">
      <div className="panel__head">
        <h2 id="agenda-heading">{t('agenda.heading')}</h2>
        {canEdit && !isEditing ? (
          <button type="button" id="agenda-edit-button" className="button" disabled={!isEditorReady} onClick={() => { setNotice(null); setIsEditing(true); }}>
            {schedule ? t('agendaEditor.edit') : t('agendaEditor.create')}
          </button>
        ) : null}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {isEditing ? (
        <AgendaEditor activity={activity} agenda={agendaQuery.data} onClose={closeEditor} />
      ) : schedule ? (
        <>
          <ScheduleFacts schedule={schedule} viewerTimeZone={viewerTimeZone} />
          <p className={isViewerElsewhere ? 'notice notice--info' : 'notice'}>
            {isViewerElsewhere
              ? t('agenda.zoneDiffers', { viewer: viewerTimeZone, event: schedule.timeZone })
              : t('agenda.zoneSame', { zone: schedule.timeZone })}
          </p>
          {hasSpeakerZones ? (
            <label className="choice agenda-panel__toggle">
              <input type="checkbox" checked={isSpeakerTimeShown} onChange={(event) => setIsSpeakerTimeShown(event.target.checked)} />
              {t('agendaView.showSpeakerTime')}
            </label>
          ) : null}
          {renderAgenda()}
        </>
      ) : (
        <p className="muted">{t('agendaEditor.noSchedule')}</p>
      )}
    </section>
  );
};
