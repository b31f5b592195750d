import type { CrosswalkTargetView } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';

const kindKeys = {
  gcm_objective: 'crosswalk.targetName.gcm_objective',
  sdg_target: 'crosswalk.targetName.sdg_target',
  sdg_indicator: 'crosswalk.targetName.sdg_indicator',
} as const;

/** "GCM objective 1" or "SDG indicator 10.7.2": a link's target named in the reader's language. */
export const useTargetName = () => {
  const { t } = useTranslation();
  return (target: CrosswalkTargetView): string => t(kindKeys[target.kind], { reference: target.reference });
};

/** The target's name with its wording where the sources give one. */
export const TargetName = ({ target }: { target: CrosswalkTargetView }) => {
  const nameOf = useTargetName();
  return (
    <span className="target-name">
      <span className={target.kind === 'gcm_objective' ? 'tag tag--gcm' : 'tag tag--sdg'}>{nameOf(target)}</span>
      {target.label ? <span className="target-name__label">{target.label}</span> : null}
    </span>
  );
};
