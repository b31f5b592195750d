import { useId } from 'react';

export type AgendaZoneColumn = {
  key: string;
  /** The short name people use for the zone on that day, e.g. "GMT+4" or "CEST". */
  label: string;
  /** Who or where the column is for, e.g. "Event time · Asia/Tbilisi". */
  detail: string;
  isViewer?: boolean;
};

export type AgendaTime = {
  start: string;
  end: string;
  startIso: string;
  endIso: string;
  /** Set when the item falls on another calendar day in this zone than in the event's. */
  dayNote?: string;
};

export type AgendaSpeaker = {
  key: string;
  name: string;
  detail?: string;
  minutesLabel: string;
  /** The item's start in the speaker's own zone, e.g. "12:00 Stockholm"; shown when the reader asks for it. */
  localTime?: { label: string; dateTime: string };
};

export type AgendaRow = {
  id: string;
  title: string;
  kindLabel: string;
  isBreak: boolean;
  hasQa: boolean;
  speakers: readonly AgendaSpeaker[];
  times: Readonly<Record<string, AgendaTime>>;
};

export type AgendaFindingSeverity = 'error' | 'warning' | 'info';

export type AgendaFindingNote = { key: string; severity: AgendaFindingSeverity; severityLabel: string; message: string };

export type AgendaTableLabels = {
  caption: string;
  /** Name of the sideways-scrolling box around the table; distinct from the caption so landmarks stay unique. */
  scrollRegion: string;
  item: string;
  kind: string;
  speakers: string;
  qa: string;
  /** What a row with questions and answers shows in the Q&A column. */
  qaMarker: string;
  findings: string;
  noFindings: string;
};

export type AgendaTableProps = {
  zones: readonly AgendaZoneColumn[];
  rows: readonly AgendaRow[];
  findings: readonly AgendaFindingNote[];
  labels: AgendaTableLabels;
};

const TimeCell = ({ time }: { time: AgendaTime | undefined }) => {
  if (!time) return <td className="ct-agenda__time" />;
  return (
    <td className="ct-agenda__time">
      <time dateTime={time.startIso}>{time.start}</time>
      <span className="ct-agenda__dash">–</span>
      <time dateTime={time.endIso}>{time.end}</time>
      {time.dayNote ? <> <span className="ct-agenda__day-note">{time.dayNote}</span></> : null}
    </td>
  );
};

export const AgendaTable = ({ zones, rows, findings, labels }: AgendaTableProps) => {
  const findingsHeadingId = useId();
  return (
    <div className="ct-agenda">
      <div className="ct-agenda__scroll" role="region" aria-label={labels.scrollRegion} tabIndex={0}>
        <table className="ct-agenda__table">
          <caption className="ct-visually-hidden">{labels.caption}</caption>
          <thead>
            <tr>
              {zones.map((zone) => (
                <th key={zone.key} scope="col" className="ct-agenda__zone" data-viewer={zone.isViewer || undefined}>
                  <span className="ct-agenda__zone-label">{zone.label}</span>
                  <span className="ct-agenda__zone-detail">{zone.detail}</span>
                </th>
              ))}
              <th scope="col">{labels.item}</th>
              <th scope="col">{labels.kind}</th>
              <th scope="col">{labels.speakers}</th>
              <th scope="col">{labels.qa}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.isBreak ? 'ct-agenda__row ct-agenda__row--break' : 'ct-agenda__row'} data-break={row.isBreak || undefined}>
                {zones.map((zone) => (
                  <TimeCell key={zone.key} time={row.times[zone.key]} />
                ))}
                <th scope="row" className="ct-agenda__title">{row.title}</th>
                <td className="ct-agenda__kind">{row.kindLabel}</td>
                <td className="ct-agenda__speakers">
                  {row.speakers.length > 0 ? (
                    <ul>
                      {row.speakers.map((speaker) => (
                        <li key={speaker.key}>
                          <span className="ct-agenda__speaker-name">{speaker.name}</span>
                          {speaker.detail ? <span className="ct-agenda__speaker-detail">{speaker.detail}</span> : null}
                          <span className="ct-agenda__minutes">{speaker.minutesLabel}</span>
                          {speaker.localTime ? (
                            <time className="ct-agenda__speaker-local" dateTime={speaker.localTime.dateTime}>{speaker.localTime.label}</time>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td className="ct-agenda__qa">{row.hasQa ? <span className="ct-badge ct-qa">{labels.qaMarker}</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="ct-findings" aria-labelledby={findingsHeadingId}>
        <h3 id={findingsHeadingId} className="ct-findings__heading">{labels.findings}</h3>
        {findings.length > 0 ? (
          <ul className="ct-findings__list">
            {findings.map((finding) => (
              <li key={finding.key} className="ct-finding" data-severity={finding.severity}>
                <span className="ct-finding__severity">{finding.severityLabel}</span>
                <span className="ct-finding__message">{finding.message}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="ct-findings__none">{labels.noFindings}</p>
        )}
      </section>
    </div>
  );
};
