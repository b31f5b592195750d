import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { useSession } from '../session/api';
import { isIsoDate } from '../../lib/date-time';
import { workplanDetailQueryOptions, workplanListQueryOptions, workplanMilestonesQueryOptions } from './api';
import { baselineDiffQueryOptions } from '../baselines/api';
import { BaselineCompare } from '../baselines/baseline-compare';
import { AddActivity } from './add-activity';
import { AsOfControl } from './as-of-control';
import { NetworkSummary } from './network-summary';
import { WorkplanTimeline } from './workplan-timeline';
import { WorkplanDownloads } from '../downloads/workplan-downloads';

export const WorkplanPage = () => {
  const { t } = useTranslation();
  const { can } = useSession();
  const { state } = useLocation();
  const deletedTitle = (state as { notice?: string; title?: string } | null)?.notice === 'deleted' ? (state as { title?: string }).title : undefined;
  const [searchParams, setSearchParams] = useSearchParams();
  const asOfParam = searchParams.get('asOf');
  const asOf = isIsoDate(asOfParam) ? asOfParam : undefined;

  const list = useQuery(workplanListQueryOptions());
  const firstId = list.data?.[0]?.id;
  const detail = useQuery({
    ...workplanDetailQueryOptions(firstId ?? '', asOf),
    enabled: firstId !== undefined,
    placeholderData: keepPreviousData,
  });
  const baselineId = searchParams.get('baseline') ?? undefined;
  const baselineDiff = useQuery({ ...baselineDiffQueryOptions(firstId ?? '', baselineId ?? ''), enabled: firstId !== undefined && baselineId !== undefined });
  const milestones = useQuery({ ...workplanMilestonesQueryOptions(firstId ?? '', asOf), enabled: firstId !== undefined, placeholderData: keepPreviousData });
  // The GCM review milestones are the timeline's own; from the API it takes only the action points' due dates.
  const actionPointMilestones = useMemo(
    () =>
      (milestones.data ?? [])
        .filter((milestone) => milestone.kind === 'action_point_due')
        .map(({ actionPointId, ...milestone }) => (actionPointId ? { ...milestone, id: actionPointId } : milestone)),
    [milestones.data],
  );

  const changeAsOf = (next: string | undefined) =>
    setSearchParams((params) => {
      if (next) params.set('asOf', next);
      else params.delete('asOf');
      return params;
    }, { replace: true });

  const changeBaseline = (next: string | undefined) =>
    setSearchParams((params) => {
      if (next) params.set('baseline', next);
      else params.delete('baseline');
      return params;
    }, { replace: true });

  if (list.isPending) return <div className="page"><LoadingState /></div>;
  if (list.isError) return <div className="page"><ErrorState error={list.error} onRetry={() => void list.refetch()} /></div>;
  if (!firstId) {
    return (
      <div className="page">
        <h1>{t('nav.home')}</h1>
        <p>{t('workplan.empty')}</p>
      </div>
    );
  }
  if (detail.isPending) return <div className="page"><LoadingState /></div>;
  if (detail.isError) return <div className="page"><ErrorState error={detail.error} onRetry={() => void detail.refetch()} /></div>;

  const workplan = detail.data;
  return (
    <article className="page" aria-labelledby="workplan-heading">
      <title>{`${workplan.title} · ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">{t('workplan.eyebrow', { year: workplan.year })}</p>
        <h1 id="workplan-heading">{workplan.title}</h1>
        <NetworkSummary workplan={workplan} />
      </header>
      {deletedTitle ? <p className="notice notice--success" role="status">{t('activityActions.deleted', { title: deletedTitle })}</p> : null}
      {can('activity:write') ? <AddActivity workplanId={workplan.id} /> : null}
      <BaselineCompare workplanId={workplan.id} baselineId={baselineId} onSelect={changeBaseline} canFreeze={can('activity:write')} />
      <section className="panel" aria-labelledby="timeline-heading">
        <div className="panel__head">
          <div>
            <h2 id="timeline-heading">{t('timeline.heading')}</h2>
            <p className="panel__sub">
              {workplan.year} · {t('workplan.activityCount', { count: workplan.activities.length })}
            </p>
          </div>
          <AsOfControl value={workplan.asOf} isOverridden={asOf !== undefined} onChange={changeAsOf} />
        </div>
        <WorkplanTimeline workplan={workplan} extraMilestones={actionPointMilestones} baselineDiff={baselineId ? baselineDiff.data : undefined} />
      </section>
      <WorkplanDownloads workplanId={workplan.id} />
      {workplan.source ? (
        <p className="source-note">
          <span className="source-note__label">{t('workplan.source')}:</span> {workplan.source}
        </p>
      ) : null}
    </article>
  );
};
