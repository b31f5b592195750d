import type { IndicatorBaselineView, IndicatorView } from '@compact-tracker/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteConfirmation } from '../../app/delete-confirmation';
import { ErrorState, LoadingState } from '../../app/query-states';
import { formatClockTime, formatLongDate, getCalendarDate, getViewerTimeZone } from '../../lib/date-time';
import { useLocale } from '../../lib/i18n/use-locale';
import { baselineListQueryOptions, useDeleteBaseline } from './api';
import { EditBaselineForm, NewBaselineForm } from './baseline-form';
import { useDimensionName } from './dimension-name';
import { useNumberFormat } from './number-format';

const Recorded = ({ baseline, viewerTimeZone }: { baseline: IndicatorBaselineView; viewerTimeZone: string }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const when = (iso: string) => `${formatLongDate(getCalendarDate(iso, viewerTimeZone), locale)}, ${formatClockTime(iso, viewerTimeZone)}`;
  const name = baseline.recordedBy.displayName ?? t('indicators.baselines.unknownPerson');
  return (
    <p className="baseline__recorded">
      {t('indicators.baselines.recordedBy', { name })} <time dateTime={baseline.recordedAt}>{when(baseline.recordedAt)}</time>
      {baseline.updatedAt !== baseline.recordedAt ? (
        <>
          {' · '}
          {t('indicators.baselines.changedOn')} <time dateTime={baseline.updatedAt}>{when(baseline.updatedAt)}</time>
        </>
      ) : null}
    </p>
  );
};

const DisaggregationTable = ({ baseline, unit }: { baseline: IndicatorBaselineView; unit: string | null }) => {
  const { t } = useTranslation();
  const title = useBaselineTitle()(baseline);
  const dimensionName = useDimensionName();
  const formatNumber = useNumberFormat();
  const captionId = useId();
  return (
    <div className="table-scroll disaggregation-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table disaggregation-table">
        <caption id={captionId}>{t('indicators.baselines.disaggregationCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.baselines.dimension')}</th>
            <th scope="col">{t('indicators.baselines.category')}</th>
            <th scope="col" className="number-cell">{unit ? t('indicators.baselines.valueIn', { unit }) : t('indicators.baselineForm.value')}</th>
          </tr>
        </thead>
        <tbody>
          {baseline.disaggregation.map((entry) => (
            <tr key={`${entry.dimension}:${entry.category}`}>
              <td>{dimensionName(entry.dimension)}</td>
              <th scope="row">{entry.category}</th>
              <td className="number-cell">{formatNumber(entry.value)}</td>
            </tr>
          ))}
        </tbody>
        {baseline.total !== null ? (
          <tfoot>
            <tr>
              <td />
              <th scope="row">{t('indicators.baselineForm.total')}</th>
              <td className="number-cell">{formatNumber(baseline.total)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
};

/** "Baseline 2020" or "Data gap 2021", with the area where one is given: two baselines of a year differ by area. */
export const useBaselineTitle = () => {
  const { t } = useTranslation();
  return (baseline: Pick<IndicatorBaselineView, 'isDataGap' | 'referenceYear' | 'area'>): string => {
    const title = baseline.isDataGap ? t('indicators.baselines.gapTitle', { year: baseline.referenceYear }) : t('indicators.baselines.title', { year: baseline.referenceYear });
    return baseline.area ? t('indicators.baselines.inArea', { title, area: baseline.area }) : title;
  };
};

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="facts__item">
    <dt>{label}</dt>
    <dd>{children}</dd>
  </div>
);

const BaselineFacts = ({ indicator, baseline }: { indicator: IndicatorView; baseline: IndicatorBaselineView }) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const formatNumber = useNumberFormat();
  return (
    <>
      <dl className="facts facts--inline">
        {baseline.isDataGap ? (
          <Fact label={t('indicators.baselineForm.gapReason')}>{baseline.gapReason}</Fact>
        ) : baseline.value !== null ? (
          <Fact label={t('indicators.baselineForm.value')}>
            <strong className="baseline__value">{formatNumber(baseline.value)}</strong>
            {indicator.unit ? <span className="muted"> {indicator.unit}</span> : null}
          </Fact>
        ) : (
          <Fact label={t('indicators.baselineForm.narrative')}>{baseline.narrative}</Fact>
        )}
        <Fact label={t('indicators.baselines.reference')}>
          {baseline.referenceDate ? <time dateTime={baseline.referenceDate}>{formatLongDate(baseline.referenceDate, locale)}</time> : baseline.referenceYear}
        </Fact>
        {baseline.area ? <Fact label={t('indicators.baselineForm.area')}>{baseline.area}</Fact> : null}
        {baseline.source ? (
          <Fact label={t('indicators.baselineForm.source')}>
            {baseline.source.provider}
            {baseline.source.dataset ? <>, <cite>{baseline.source.dataset}</cite></> : null}
            {baseline.source.link ? <> · <a href={baseline.source.link} rel="noreferrer noopener" target="_blank">{t('indicators.baselines.openSource')}</a></> : null}
          </Fact>
        ) : null}
        {baseline.natureOfData ? <Fact label={t('indicators.baselineForm.natureOfData')}>{t(`indicators.nature.${baseline.natureOfData}`)}</Fact> : null}
        {baseline.confidence ? <Fact label={t('indicators.baselineForm.confidence')}>{t(`indicators.confidence.${baseline.confidence}`)}</Fact> : null}
      </dl>
      {baseline.method ? <p className="prose"><span className="notice__label">{t('indicators.baselineForm.method')}:</span> {baseline.method}</p> : null}
      {baseline.notes ? <p className="prose"><span className="notice__label">{t('indicators.baselineForm.notes')}:</span> {baseline.notes}</p> : null}
      {baseline.disaggregation.length > 0 ? <DisaggregationTable baseline={baseline} unit={indicator.unit} /> : null}
      {baseline.disaggregation.length === 0 && baseline.total !== null ? (
        <p>{t('indicators.baselineForm.total')}: {formatNumber(baseline.total)}</p>
      ) : null}
    </>
  );
};

const DeleteBaseline = ({ indicator, baseline, onClose }: { indicator: IndicatorView; baseline: IndicatorBaselineView; onClose: (notice?: string) => void }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useDeleteBaseline(indicator.id);
  const [version, setVersion] = useState(baseline.version);
  const [isReloading, setIsReloading] = useState(false);

  const reload = async () => {
    setIsReloading(true);
    try {
      const fresh = (await queryClient.fetchQuery({ ...baselineListQueryOptions(indicator.id), staleTime: 0 })).find((candidate) => candidate.id === baseline.id);
      if (!fresh) return onClose(t('indicators.baselines.gone'));
      setVersion(fresh.version);
      remove.reset();
    } finally {
      setIsReloading(false);
    }
  };

  return (
    <DeleteConfirmation
      className="subpanel stack"
      conflictMessage={t('indicators.baselines.deleteConflict')}
      isReloading={isReloading}
      onReload={() => void reload()}
      error={remove.error}
      body={t('indicators.baselines.deleteBody', { year: baseline.referenceYear })}
      confirmLabel={t('indicators.baselines.confirmDelete')}
      pendingLabel={t('crosswalk.deleting')}
      isPending={remove.isPending}
      onConfirm={() => remove.mutate({ id: baseline.id, version }, { onSuccess: () => onClose(t('indicators.baselines.deleted', { year: baseline.referenceYear })) })}
      onCancel={() => onClose()}
    />
  );
};

type BaselineCardProps = {
  indicator: IndicatorView;
  baseline: IndicatorBaselineView;
  canWrite: boolean;
  canReadHistory: boolean;
  viewerTimeZone: string;
  onShowHistory: (baseline: IndicatorBaselineView) => void;
  onNotice: (notice: string) => void;
};

const BaselineCard = ({ indicator, baseline, canWrite, canReadHistory, viewerTimeZone, onShowHistory, onNotice }: BaselineCardProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const [mode, setMode] = useState<'edit' | 'delete' | null>(null);
  const title = useBaselineTitle()(baseline);
  const close = (notice?: string) => {
    setMode(null);
    if (notice) onNotice(notice);
  };
  const toggle = (next: 'edit' | 'delete') => setMode((current) => (current === next ? null : next));

  return (
    <li className="baseline" aria-labelledby={headingId} data-gap={baseline.isDataGap || undefined}>
      <div className="baseline__head">
        <h3 id={headingId}>{title}</h3>
        {baseline.isDataGap ? <span className="ct-badge gap-badge">{t('indicators.baselines.gapBadge')}</span> : null}
      </div>
      <BaselineFacts indicator={indicator} baseline={baseline} />
      <Recorded baseline={baseline} viewerTimeZone={viewerTimeZone} />
      {canWrite || canReadHistory ? (
        <div className="strategy-item__tools" role="group" aria-label={t('indicators.baselines.toolsFor', { title })}>
          {canWrite ? (
            <>
              <button type="button" className="button" aria-label={`${t('indicators.baselines.edit')} ${title}`} aria-expanded={mode === 'edit'} onClick={() => toggle('edit')}>
                {t('indicators.baselines.edit')}
              </button>
              <button type="button" className="button button--danger-quiet" aria-label={`${t('indicators.baselines.delete')} ${title}`} aria-expanded={mode === 'delete'} onClick={() => toggle('delete')}>
                {t('indicators.baselines.delete')}
              </button>
            </>
          ) : null}
          {canReadHistory ? (
            <button type="button" className="button button--quiet" aria-label={`${t('indicators.baselines.showHistory')} ${title}`} onClick={() => onShowHistory(baseline)}>
              {t('indicators.baselines.showHistory')}
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'edit' ? (
        <section className="subpanel" aria-labelledby={formHeadingId}>
          <h4 id={formHeadingId}>{t('indicators.baselines.editHeading', { title })}</h4>
          <EditBaselineForm indicator={indicator} baseline={baseline} headingId={formHeadingId} onClose={close} />
        </section>
      ) : null}
      {mode === 'delete' ? <DeleteBaseline indicator={indicator} baseline={baseline} onClose={close} /> : null}
    </li>
  );
};

type BaselinesSectionProps = {
  indicator: IndicatorView;
  canWrite: boolean;
  canReadHistory: boolean;
  viewerTimeZone?: string;
  onShowHistory: (baseline: IndicatorBaselineView) => void;
};

/** The indicator's baselines and data gaps, latest reference year first, with who recorded each and when. */
export const BaselinesSection = ({ indicator, canWrite, canReadHistory, viewerTimeZone = getViewerTimeZone(), onShowHistory }: BaselinesSectionProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const baselines = useQuery(baselineListQueryOptions(indicator.id));
  const [isRecording, setIsRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h2 id={headingId}>{t('indicators.baselines.heading')}</h2>
          <p className="panel__sub">{t('indicators.baselines.intro')}</p>
        </div>
        {canWrite ? (
          <button
            type="button"
            className="button button--primary"
            aria-expanded={isRecording}
            onClick={() => {
              setNotice(null);
              setIsRecording((current) => !current);
            }}
          >
            {t('indicators.baselines.record')}
          </button>
        ) : null}
      </div>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {isRecording ? (
        <section className="subpanel" aria-labelledby={formHeadingId}>
          <h3 id={formHeadingId}>{t('indicators.baselines.newHeading')}</h3>
          <NewBaselineForm
            indicator={indicator}
            headingId={formHeadingId}
            onClose={(message) => {
              setIsRecording(false);
              setNotice(message ?? null);
            }}
          />
        </section>
      ) : null}
      {baselines.isPending ? <LoadingState /> : null}
      {baselines.isError ? <ErrorState error={baselines.error} headingLevel={3} onRetry={() => void baselines.refetch()} /> : null}
      {baselines.data?.length === 0 ? <p className="muted">{t('indicators.baselines.none')}</p> : null}
      {baselines.data && baselines.data.length > 0 ? (
        <ol className="baselines">
          {baselines.data.map((baseline) => (
            <BaselineCard
              key={baseline.id}
              indicator={indicator}
              baseline={baseline}
              canWrite={canWrite}
              canReadHistory={canReadHistory}
              viewerTimeZone={viewerTimeZone}
              onShowHistory={onShowHistory}
              onNotice={setNotice}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
};
