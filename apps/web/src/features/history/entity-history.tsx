import { getChangedFields, type AuditEntityType, type AuditEntryView, type Locale } from '@compact-tracker/domain';
import { ChangeList } from '@compact-tracker/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import { formatClockTime, formatLongDate, formatZoneOffset, getCalendarDate, getViewerTimeZone } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { organisationListQueryOptions } from '../organisations/api';
import { entityHistoryQueryOptions } from './api';
import { compareFields, isShownField, useAuditValueFormatter } from './format-audit-value';

/** "22 April 2021, 14:05 (GMT+4)" in the reader's language and zone. */
const formatWhen = (iso: string, zone: string, locale: Locale): string =>
  `${formatLongDate(getCalendarDate(iso, zone), locale)}, ${formatClockTime(iso, zone)} (${formatZoneOffset(iso, zone)})`;

type HistoryEntryProps = { entry: AuditEntryView; viewerTimeZone: string; formatter: ReturnType<typeof useAuditValueFormatter> };

const HistoryEntry = ({ entry, viewerTimeZone, formatter }: HistoryEntryProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const changes = getChangedFields(entry.before, entry.after)
    .filter(isShownField)
    .sort(compareFields)
    .map((field) => ({
      key: field,
      label: formatter.formatField(field),
      before: formatter.formatValue(field, entry.before?.[field]),
      after: formatter.formatValue(field, entry.after?.[field]),
    }))
    // A creation lists what was set; empty fields say nothing.
    .filter((change) => change.before !== null || change.after !== null);

  return (
    <li className="history__entry" data-action={entry.action}>
      <div className="history__head">
        <span className="history__action">{t(`history.action.${entry.action}`)}</span>
        <time className="history__when" dateTime={entry.occurredAt}>{formatWhen(entry.occurredAt, viewerTimeZone, locale)}</time>
        <span className="history__who">
          {entry.actor ? (
            <>
              {t('history.by', { name: entry.actor.displayName })}
              <span className="history__role"> · {t(`role.${entry.actor.role}`)}</span>
            </>
          ) : (
            t('history.system')
          )}
        </span>
      </div>
      {changes.length > 0 ? (
        <ChangeList
          changes={changes}
          show={entry.action === 'create' ? 'after' : entry.action === 'delete' ? 'before' : 'both'}
          labels={{ before: t('history.before'), after: t('history.after'), empty: t('form.none') }}
        />
      ) : null}
      {entry.note ? (
        <p className="history__note">
          <span className="history__note-label">{t('history.note')}:</span> {entry.note}
        </p>
      ) : null}
    </li>
  );
};

type EntityHistoryProps = { entityType: AuditEntityType; entityId: string; viewerTimeZone?: string };

/** "History" of one record, newest first: for those whose role may read the audit trail. */
export const EntityHistory = ({ entityType, entityId, viewerTimeZone = getViewerTimeZone() }: EntityHistoryProps) => {
  const { t } = useTranslation();
  const history = useQuery(entityHistoryQueryOptions(entityType, entityId));
  const organisations = useQuery(organisationListQueryOptions());
  const organisationNames = new Map((organisations.data ?? []).map((organisation) => [organisation.id, organisation.shortName ?? organisation.name]));
  const formatter = useAuditValueFormatter(organisationNames);

  return (
    <section className="panel" aria-labelledby="history-heading">
      <div>
        <h2 id="history-heading">{t('history.heading')}</h2>
        <p className="panel__sub">{t('history.intro')}</p>
      </div>
      {history.isPending ? <LoadingState label={t('history.loading')} /> : null}
      {history.isError ? <ErrorState error={history.error} headingLevel={3} onRetry={() => void history.refetch()} /> : null}
      {history.data?.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      {history.data && history.data.length > 0 ? (
        <ol className="history">
          {history.data.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} viewerTimeZone={viewerTimeZone} formatter={formatter} />
          ))}
        </ol>
      ) : null}
    </section>
  );
};
