import { formatDateSpan, type BaselineDiffView, type DateSpan, type Locale, type PlanChangeView } from '@compact-tracker/domain';
import { StatusBadge } from '@compact-tracker/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';

type ChangedView = Extract<PlanChangeView, { kind: 'changed' }>;

export type GroupedChanges = {
  moved: ChangedView[];
  statusChanged: ChangedView[];
  renamed: ChangedView[];
  added: Extract<PlanChangeView, { kind: 'added' }>[];
  dropped: Extract<PlanChangeView, { kind: 'dropped' }>[];
};

/** One activity both moved and changed status shows in both lists: each says one thing. */
export const groupPlanChanges = (changes: readonly PlanChangeView[]): GroupedChanges => {
  const groups: GroupedChanges = { moved: [], statusChanged: [], renamed: [], added: [], dropped: [] };
  for (const change of changes) {
    if (change.kind === 'added') groups.added.push(change);
    else if (change.kind === 'dropped') groups.dropped.push(change);
    else {
      if (change.isMoved) groups.moved.push(change);
      if (change.isStatusChanged) groups.statusChanged.push(change);
      if (change.isRetitled && !change.isMoved && !change.isStatusChanged) groups.renamed.push(change);
    }
  }
  return groups;
};

const SpanText = ({ span, locale, className }: { span: DateSpan; locale: Locale; className?: string }) => (
  <span className={className}>{formatDateSpan(span, locale)}</span>
);

const ActivityLink = ({ id, title }: { id: string; title: string }) => <Link to={`/activities/${id}`} className="baseline-change__title">{title}</Link>;

const Arrow = () => {
  const { t } = useTranslation();
  return <span className="baseline-change__arrow"><span aria-hidden="true">→</span><span className="ct-visually-hidden"> {t('baselines.becomes')} </span></span>;
};

const ChangeGroup = ({ heading, count, kind, children }: { heading: string; count: number; kind: string; children: ReactNode }) => {
  const headingId = useId();
  if (count === 0) return null;
  return (
    <section className="baseline-group" data-kind={kind} aria-labelledby={headingId}>
      <h3 id={headingId} className="baseline-group__heading">
        {heading} <span className="baseline-group__count">{count}</span>
      </h3>
      <ul className="baseline-group__list">{children}</ul>
    </section>
  );
};

/** "Changes since <baseline>": what moved, changed status, was added or dropped since the plan was frozen. */
export const BaselineChanges = ({ diff }: { diff: BaselineDiffView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const headingId = useId();
  const groups = groupPlanChanges(diff.changes);
  const { baseline } = diff;
  return (
    <section className="baseline-changes" aria-labelledby={headingId}>
      <h3 id={headingId} className="baseline-changes__heading">{t('baselines.changesSince', { name: baseline.name })}</h3>
      <p className="muted baseline-changes__sub">
        {baseline.createdBy
          ? t('baselines.frozenOnBy', { date: formatLongDate(baseline.createdAt.slice(0, 10), locale), person: baseline.createdBy.displayName })
          : t('baselines.frozenOn', { date: formatLongDate(baseline.createdAt.slice(0, 10), locale) })}
        {' · '}
        {t('workplan.activityCount', { count: baseline.activityCount })}
      </p>
      {diff.changes.length === 0 ? <p>{t('baselines.noChanges')}</p> : null}
      <ChangeGroup heading={t('baselines.moved')} count={groups.moved.length} kind="moved">
        {groups.moved.map((change) => (
          <li key={change.activityId} className="baseline-change">
            <ActivityLink id={change.activityId} title={change.title} />
            <span className="baseline-change__detail">
              <SpanText span={change.baseline.dateSpan} locale={locale} className="baseline-change__old" />
              <Arrow />
              <SpanText span={change.current.dateSpan} locale={locale} className="baseline-change__new" />
            </span>
          </li>
        ))}
      </ChangeGroup>
      <ChangeGroup heading={t('baselines.statusChanged')} count={groups.statusChanged.length} kind="status">
        {groups.statusChanged.map((change) => (
          <li key={change.activityId} className="baseline-change">
            <ActivityLink id={change.activityId} title={change.title} />
            <span className="baseline-change__detail">
              <StatusBadge status={change.baseline.status} label={t(`status.${change.baseline.status}`)} />
              <Arrow />
              <StatusBadge status={change.current.status} label={t(`status.${change.current.status}`)} />
            </span>
          </li>
        ))}
      </ChangeGroup>
      <ChangeGroup heading={t('baselines.renamed')} count={groups.renamed.length} kind="renamed">
        {groups.renamed.map((change) => (
          <li key={change.activityId} className="baseline-change">
            <ActivityLink id={change.activityId} title={change.title} />
            <span className="baseline-change__detail">
              {t('baselines.wasTitled')} <span className="baseline-change__old">{change.baseline.title}</span>
            </span>
          </li>
        ))}
      </ChangeGroup>
      <ChangeGroup heading={t('baselines.added')} count={groups.added.length} kind="added">
        {groups.added.map((change) => (
          <li key={change.activityId} className="baseline-change">
            <ActivityLink id={change.activityId} title={change.title} />
            <span className="baseline-change__detail">
              <SpanText span={change.current.dateSpan} locale={locale} />
              <StatusBadge status={change.current.status} label={t(`status.${change.current.status}`)} />
            </span>
          </li>
        ))}
      </ChangeGroup>
      <ChangeGroup heading={t('baselines.dropped')} count={groups.dropped.length} kind="dropped">
        {groups.dropped.map((change) => (
          <li key={change.activityId} className="baseline-change">
            <del className="baseline-change__title baseline-change__title--dropped">{change.title}</del>
            <span className="baseline-change__detail">
              <SpanText span={change.baseline.dateSpan} locale={locale} className="baseline-change__old" />
            </span>
          </li>
        ))}
      </ChangeGroup>
    </section>
  );
};
