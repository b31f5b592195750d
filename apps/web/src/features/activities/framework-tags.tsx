import { gcmObjectives } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';

type FrameworkTagsProps = { gcmObjectiveNumbers: readonly number[]; sdgTargetCodes: readonly string[] };

/** The GCM objectives and SDG targets an activity is linked to, as tags. */
export const FrameworkTags = ({ gcmObjectiveNumbers, sdgTargetCodes }: FrameworkTagsProps) => {
  const { t } = useTranslation();
  if (gcmObjectiveNumbers.length === 0 && sdgTargetCodes.length === 0) return <p className="muted">{t('activity.none')}</p>;
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
    </ul>
  );
};
