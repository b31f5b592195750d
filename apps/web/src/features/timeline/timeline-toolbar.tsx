import { timelineZooms, type TimelineRange, type TimelineZoom } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';
import { describePeriod } from './timeline-format';
import { getPeriodStep } from './timeline-view';

type TimelineToolbarProps = {
  zoom: TimelineZoom;
  range: TimelineRange;
  onZoomChange: (zoom: TimelineZoom) => void;
  onStep: (direction: -1 | 1) => void;
};

const zoomLabelKeys = { quarter: 'timeline.zoomQuarter', year: 'timeline.zoomYear', 'multi-year': 'timeline.zoomMultiYear' } as const;

/** Zoom (quarter, year, three years) and the previous/next period around the period's title. */
export const TimelineToolbar = ({ zoom, range, onZoomChange, onStep }: TimelineToolbarProps) => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const period = describePeriod(range, locale);
  const title =
    zoom === 'quarter' ? t('timeline.periodQuarter', period) : zoom === 'year' ? period.year : t('timeline.periodYears', period);
  const { unit } = getPeriodStep(zoom);
  const previousLabel = t(unit === 'quarter' ? 'timeline.previousQuarter' : 'timeline.previousYear');
  const nextLabel = t(unit === 'quarter' ? 'timeline.nextQuarter' : 'timeline.nextYear');

  return (
    <div className="timeline-toolbar">
      <div className="segmented" role="group" aria-label={t('timeline.zoom')}>
        {timelineZooms.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className="segmented__button"
            aria-pressed={candidate === zoom}
            onClick={() => onZoomChange(candidate)}
          >
            {t(zoomLabelKeys[candidate])}
          </button>
        ))}
      </div>
      <div className="period-nav">
        <button type="button" className="button period-nav__step" title={previousLabel} onClick={() => onStep(-1)}>
          <span aria-hidden="true">◂</span>
          <span className="ct-visually-hidden">{previousLabel}</span>
        </button>
        <p className="period-nav__title" aria-live="polite">{title}</p>
        <button type="button" className="button period-nav__step" title={nextLabel} onClick={() => onStep(1)}>
          <span className="ct-visually-hidden">{nextLabel}</span>
          <span aria-hidden="true">▸</span>
        </button>
      </div>
    </div>
  );
};
