import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import '../timeline/timeline.css';

export const crosswalkViews = ['tree', 'matrix'] as const;
export type CrosswalkView = (typeof crosswalkViews)[number];

const viewLabelKeys = { tree: 'crosswalk.viewTree', matrix: 'crosswalk.viewMatrix' } as const;

/** The crosswalk is shown as the strategy tree unless the address says `?view=matrix`, so a matrix can be shared. */
export const useCrosswalkView = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const view: CrosswalkView = searchParams.get('view') === 'matrix' ? 'matrix' : 'tree';
  const changeView = (next: CrosswalkView) =>
    setSearchParams((params) => {
      if (next === 'matrix') params.set('view', next);
      else params.delete('view');
      return params;
    });
  return { view, changeView };
};

/** "Tree | Matrix": two pressed-or-not buttons, as the timeline's zoom. */
export const CrosswalkViewSwitch = ({ view, onChange }: { view: CrosswalkView; onChange: (view: CrosswalkView) => void }) => {
  const { t } = useTranslation();
  return (
    <div className="segmented crosswalk-view-switch" role="group" aria-label={t('crosswalk.viewSwitch')}>
      {crosswalkViews.map((candidate) => (
        <button key={candidate} type="button" className="segmented__button" aria-pressed={candidate === view} onClick={() => onChange(candidate)}>
          {t(viewLabelKeys[candidate])}
        </button>
      ))}
    </div>
  );
};
