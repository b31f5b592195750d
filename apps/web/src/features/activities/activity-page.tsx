import { formatDateSpan, type ActivityDetailView, type OrganisationView } from '@compact-tracker/domain';
import { DateSpanLabel, QualityFlagBadge, StatusBadge } from '@compact-tracker/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { getSpanDateTimeAttribute, getViewerTimeZone } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { ActivityCalendarLink } from '../downloads/activity-calendar-link';
import { DeliverablesPanel } from '../deliverables/deliverables-panel';
import { EntityHistory } from '../history/entity-history';
import { ActionPointsPanel } from '../outcomes/action-points-panel';
import { OutcomesPanel } from '../outcomes/outcomes-panel';
import { ProgressLog } from '../progress/progress-log';
import { workplanListQueryOptions } from '../workplans/api';
import { useSession } from '../session/api';
import { ActivityManagement } from './activity-management';
import { activityDetailQueryOptions } from './api';
import './activity-work.css';
import { EventAgenda } from './event-agenda';
import { FrameworkTags } from './framework-tags';
import { isEventKind } from './event-kinds';

const OrganisationList = ({ organisations }: { organisations: readonly OrganisationView[] }) => {
  const { t } = useTranslation();
  if (organisations.length === 0) return <span className="muted">{t('activity.none')}</span>;
  return (
    <ul className="plain-list">
      {organisations.map((organisation) => (
        <li key={organisation.id}>
          {organisation.name}
          {organisation.shortName && !organisation.name.includes(organisation.shortName) ? <span className="muted"> ({organisation.shortName})</span> : null}
        </li>
      ))}
    </ul>
  );
};

const BackLink = () => {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <Link to="/">
        <span aria-hidden="true">← </span>
        {t('nav.backToWorkplan')}
      </Link>
    </nav>
  );
};

/** Set by the add form when it leads here, so the reader hears that the activity now exists. */
const useArrivalNotice = (): 'created' | null => {
  const { state } = useLocation();
  return (state as { notice?: string } | null)?.notice === 'created' ? 'created' : null;
};

const ActivityDetail = ({ activity, viewerTimeZone }: { activity: ActivityDetailView; viewerTimeZone: string }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const arrival = useArrivalNotice();
  const canWrite = can('activity:write');
  const isEvent = isEventKind(activity.kind);
  const workplans = useQuery(workplanListQueryOptions());
  const coChairs = workplans.data?.find((workplan) => workplan.id === activity.workplanId)?.network.coChairs ?? [];

  return (
    <article className="page" aria-labelledby="activity-heading">
      <title>{`${activity.title} · ${t('app.name')}`}</title>
      <BackLink />
      <header className="page-header">
        <p className="eyebrow">{t(`activityKind.${activity.kind}`)}</p>
        <h1 id="activity-heading" className="page-header__title--long">{activity.title}</h1>
        <div className="page-header__meta">
          <StatusBadge status={activity.status} label={t(`status.${activity.status}`)} />
          <DateSpanLabel
            text={formatDateSpan(activity.dateSpan, locale)}
            precision={activity.dateSpan.precision}
            dateTime={getSpanDateTimeAttribute(activity.dateSpan)}
            tentativeLabel={t('timeline.tentative')}
          />
          {activity.qualityFlags.map((flag) => (
            <QualityFlagBadge key={flag} code={flag} label={t(`qualityFlag.${flag}.label`)} description={t(`qualityFlag.${flag}.description`)} />
          ))}
        </div>
        {activity.schedule ? <div className="page-header__actions"><ActivityCalendarLink activityId={activity.id} /></div> : null}
      </header>
      {arrival === 'created' ? <p className="notice notice--success" role="status">{t('activityActions.created')}</p> : null}
      {canWrite ? <ActivityManagement activity={activity} /> : null}

      <div className="activity-layout">
        <div className="activity-layout__main">
          <section className="panel" aria-labelledby="purpose-heading">
            <h2 id="purpose-heading">{t('activity.purpose')}</h2>
            <p className="prose">{activity.purpose || t('activity.none')}</p>
          </section>
          <section className="panel" aria-labelledby="objectives-heading">
            <h2 id="objectives-heading">{t('activity.objectives')}</h2>
            {activity.objectives.length > 0 ? (
              <ul className="bullets">
                {activity.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('activity.none')}</p>
            )}
          </section>
          <DeliverablesPanel activityId={activity.id} deliverables={activity.expectedDeliverables} canWrite={canWrite} />
        </div>
        <section className="panel activity-layout__side" aria-labelledby="details-heading">
          <h2 id="details-heading">{t('activity.details')}</h2>
          <dl className="facts">
            <div className="facts__item">
              <dt>{t('activity.kind')}</dt>
              <dd>{t(`activityKind.${activity.kind}`)}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('activity.leadOrganisations')}</dt>
              <dd><OrganisationList organisations={activity.leadOrganisations} /></dd>
            </div>
            <div className="facts__item">
              <dt>{t('activity.participatingOrganisations')}</dt>
              <dd><OrganisationList organisations={activity.participatingOrganisations} /></dd>
            </div>
            <div className="facts__item">
              <dt>{t('frameworks.heading')}</dt>
              <dd><FrameworkTags gcmObjectiveNumbers={activity.gcmObjectiveNumbers ?? []} sdgTargetCodes={activity.sdgTargetCodes ?? []} gcmPrincipleNumbers={activity.gcmPrincipleNumbers ?? []} /></dd>
            </div>
          </dl>
        </section>
      </div>

      {activity.schedule || (can('agenda:write') && isEventKind(activity.kind)) ? (
        <EventAgenda activity={activity} schedule={activity.schedule} viewerTimeZone={viewerTimeZone} canEdit={can('agenda:write')} />
      ) : null}
      {isEvent ? (
        <>
          {can('workplan:read') ? <OutcomesPanel activityId={activity.id} coChairs={coChairs} /> : null}
          <ActionPointsPanel activityId={activity.id} workplanId={activity.workplanId} canWrite={canWrite} />
        </>
      ) : null}
      <ProgressLog activityId={activity.id} canWrite={canWrite} viewerTimeZone={viewerTimeZone} />
      {can('audit:read') ? <EntityHistory entityType="activity" entityId={activity.id} viewerTimeZone={viewerTimeZone} /> : null}
    </article>
  );
};

type ActivityPageProps = { viewerTimeZone?: string };

export const ActivityPage = ({ viewerTimeZone = getViewerTimeZone() }: ActivityPageProps) => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useQuery(activityDetailQueryOptions(id));

  if (detail.isPending) return <div className="page"><LoadingState /></div>;
  if (detail.isError) {
    const isNotFound = isApiError(detail.error) && detail.error.status === 404;
    return (
      <div className="page">
        <BackLink />
        <ErrorState error={detail.error} {...(isNotFound ? { title: t('activity.notFound') } : {})} onRetry={() => void detail.refetch()} />
      </div>
    );
  }
  return <ActivityDetail activity={detail.data} viewerTimeZone={viewerTimeZone} />;
};
