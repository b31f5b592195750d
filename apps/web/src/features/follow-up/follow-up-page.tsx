import { actionPointStatuses, type ActionPointStatus, type ActionPointView } from '@compact-tracker/domain';
import { ConflictNotice } from '@compact-tracker/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isVersionConflict } from '../../lib/api-client';
import { formatLongDate, isIsoDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { getWorkplanDownloads } from '../downloads/download-links';
import { actionPointKeys, useUpdateActionPoint } from '../outcomes/api';
import { useSession } from '../session/api';
import { workplanListQueryOptions } from '../workplans/api';
import { followUpQueryOptions } from './api';
import '../activities/activity-work.css';
import './follow-up.css';

const isActionPointStatus = (value: string | null): value is ActionPointStatus =>
  value !== null && (actionPointStatuses as readonly string[]).includes(value);

type StatusControlProps = {
  actionPoint: ActionPointView;
  pendingStatus: ActionPointStatus | undefined;
  onChange: (status: ActionPointStatus) => void;
};

const StatusControl = ({ actionPoint, pendingStatus, onChange }: StatusControlProps) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="ct-visually-hidden">{t('followUp.statusOf', { title: actionPoint.title })}</label>
      <select
        id={id}
        className="input input--compact"
        value={pendingStatus ?? actionPoint.status}
        disabled={pendingStatus !== undefined}
        onChange={(event) => onChange(event.target.value as ActionPointStatus)}
      >
        {actionPointStatuses.map((status) => <option key={status} value={status}>{t(`actionPointStatus.${status}`)}</option>)}
      </select>
    </>
  );
};

type FollowUpTableProps = { workplanId: string; actionPoints: ActionPointView[]; canWrite: boolean; labelledBy: string };

export const FollowUpTable = ({ workplanId, actionPoints, canWrite, labelledBy }: FollowUpTableProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const update = useUpdateActionPoint();
  const [notice, setNotice] = useState<string | null>(null);
  const pending = update.isPending ? update.variables : undefined;

  const changeStatus = (actionPoint: ActionPointView, status: ActionPointStatus) => {
    setNotice(null);
    update.mutate(
      { id: actionPoint.id, input: { status }, version: actionPoint.version },
      { onSuccess: () => setNotice(t('followUp.statusSaved', { title: actionPoint.title, status: t(`actionPointStatus.${status}`) })) },
    );
  };

  return (
    <>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {isVersionConflict(update.error) ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={t('actionPoints.conflict')}
          reloadLabel={t('conflict.reload')}
          onReload={() => {
            update.reset();
            void queryClient.invalidateQueries({ queryKey: actionPointKeys.workplan(workplanId) });
          }}
        />
      ) : null}
      {update.isError && !isVersionConflict(update.error) ? <ErrorState error={update.error} headingLevel={2} /> : null}
      <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <table className="data-table follow-up-table">
          <thead>
            <tr>
              <th scope="col">{t('actionPoints.title')}</th>
              <th scope="col">{t('followUp.owner')}</th>
              <th scope="col">{t('actionPoints.dueDate')}</th>
              <th scope="col">{t('actionPoints.status')}</th>
              <th scope="col">{t('followUp.source')}</th>
              <th scope="col">{t('actionPoints.feeds')}</th>
            </tr>
          </thead>
          <tbody>
            {actionPoints.map((actionPoint) => (
              <tr key={actionPoint.id} data-overdue={actionPoint.isOverdue || undefined}>
                <th scope="row">{actionPoint.title}</th>
                <td><abbr title={actionPoint.owner.name} className="follow-up-table__owner">{actionPoint.owner.shortName ?? actionPoint.owner.name}</abbr></td>
                <td className="follow-up-table__due">
                  <time dateTime={actionPoint.dueDate}>{formatLongDate(actionPoint.dueDate, locale)}</time>
                  {actionPoint.isOverdue ? <> <span className="ct-badge overdue-badge">{t('actionPoints.overdue')}</span></> : null}
                </td>
                <td>
                  {canWrite ? (
                    <StatusControl
                      actionPoint={actionPoint}
                      pendingStatus={pending?.id === actionPoint.id ? pending.input.status : undefined}
                      onChange={(status) => changeStatus(actionPoint, status)}
                    />
                  ) : (
                    <span className="action-point-status" data-status={actionPoint.status}>{t(`actionPointStatus.${actionPoint.status}`)}</span>
                  )}
                </td>
                <td><Link to={`/activities/${actionPoint.sourceActivity.id}`}>{actionPoint.sourceActivity.title}</Link></td>
                <td>
                  {actionPoint.feedsActivity ? (
                    <Link to={`/activities/${actionPoint.feedsActivity.id}`}>{actionPoint.feedsActivity.title}</Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};

/** Every action point of the workplan, overdue first: what the Network still owes and who owes it. */
export const FollowUpPage = () => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const headingId = useId();
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isActionPointStatus(statusParam) ? statusParam : undefined;
  const asOfParam = searchParams.get('asOf');
  const asOf = isIsoDate(asOfParam) ? asOfParam : undefined;

  const workplans = useQuery(workplanListQueryOptions());
  const workplan = workplans.data?.[0];
  const list = useQuery({ ...followUpQueryOptions(workplan?.id ?? '', { status, asOf }), enabled: workplan !== undefined });

  const changeStatusFilter = (next: string) =>
    setSearchParams((params) => {
      if (next) params.set('status', next);
      else params.delete('status');
      return params;
    }, { replace: true });

  if (workplans.isPending) return <div className="page"><LoadingState /></div>;
  if (workplans.isError) return <div className="page"><ErrorState error={workplans.error} onRetry={() => void workplans.refetch()} /></div>;

  const links = workplan ? getWorkplanDownloads(workplan.id, locale) : undefined;
  const overdueCount = list.data?.filter((actionPoint) => actionPoint.isOverdue).length ?? 0;

  return (
    <article className="page" aria-labelledby={headingId}>
      <title>{`${t('followUp.heading')} · ${t('app.name')}`}</title>
      <header className="page-header">
        {workplan ? <p className="eyebrow">{t('workplan.eyebrow', { year: workplan.year })}</p> : null}
        <h1 id={headingId}>{t('followUp.heading')}</h1>
        <p className="muted">{t('followUp.intro')}</p>
      </header>
      {!workplan ? <p>{t('workplan.empty')}</p> : (
        <section className="panel" aria-label={t('followUp.listLabel')}>
          <div className="follow-up-bar">
            <div className="follow-up-bar__filter">
              <label htmlFor={filterId}>{t('followUp.filterStatus')}</label>
              <select id={filterId} className="input" value={status ?? ''} onChange={(event) => changeStatusFilter(event.target.value)}>
                <option value="">{t('followUp.allStatuses')}</option>
                {actionPointStatuses.map((option) => <option key={option} value={option}>{t(`actionPointStatus.${option}`)}</option>)}
              </select>
            </div>
            {list.isSuccess ? (
              <p className="follow-up-bar__count" aria-live="polite">
                {t('followUp.count', { count: list.data.length })}
                {overdueCount > 0 ? <> · <strong className="follow-up-bar__overdue">{t('followUp.overdueCount', { count: overdueCount })}</strong></> : null}
              </p>
            ) : null}
            {links ? (
              <ul className="follow-up-bar__exports" aria-label={t('followUp.exports')}>
                <li><a href={links.actionPointsXlsx} download>{t('downloads.actionPointsXlsx')}</a></li>
                <li><a href={links.actionPointsCsv} download>{t('downloads.actionPointsCsv')}</a></li>
              </ul>
            ) : null}
          </div>
          {list.isPending ? <LoadingState /> : null}
          {list.isError ? <ErrorState error={list.error} headingLevel={2} onRetry={() => void list.refetch()} /> : null}
          {list.isSuccess && list.data.length === 0 ? <p className="muted">{status ? t('followUp.noneWithStatus') : t('followUp.none')}</p> : null}
          {list.isSuccess && list.data.length > 0 ? (
            <FollowUpTable workplanId={workplan.id} actionPoints={list.data} canWrite={can('activity:write')} labelledBy={headingId} />
          ) : null}
        </section>
      )}
    </article>
  );
};
