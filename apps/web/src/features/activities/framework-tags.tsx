import { gcmObjectives } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { usePrincipleName } from '../readiness/principle-name';

type FrameworkTagsProps = { gcmObjectiveNumbers: readonly number[]; sdgTargetCodes: readonly string[]; gcmPrincipleNumbers?: readonly number[] };

/** The GCM objectives, SDG targets and GCM guiding principles an activity is linked to, as tags. */
export const FrameworkTags = ({ gcmObjectiveNumbers, sdgTargetCodes, gcmPrincipleNumbers = [] }: FrameworkTagsProps) => {
  const { t } = useTranslation();
  const principleName = usePrincipleName();
  if (gcmObjectiveNumbers.length === 0 && sdgTargetCodes.length === 0 && gcmPrincipleNumbers.length === 0) return <p className="muted">{t('activity.none')}</p>;
  return (
    <ul className="tags" aria-label={t('frameworks.heading')}>
      {gcmObjectiveNumbers.map((number) => {
        const objective = gcmObjectives.find((candidate) => candidate.number === number);
        return (
          <li key={`gcm-${number}`} className="tag tag--gcm">
            {t('frameworks.gcmObjective', { number, title: objective?.title ?? '' })}
          </li>
        );
      })}
      {sdgTargetCodes.map((code) => (
        <li key={`sdg-${code}`} className="tag tag--sdg">{t('frameworks.sdgTarget', { code })}</li>
      ))}
      {gcmPrincipleNumbers.map((number) => (
        <li key={`principle-${number}`} className="tag tag--principle">{t('readiness.principleTags.tag', { name: principleName({ number }) })}</li>
      ))}
    </ul>
  );
};
