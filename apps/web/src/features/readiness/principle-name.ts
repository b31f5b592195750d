import { gcmGuidingPrinciples } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';

const principleKeys = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10'] as const satisfies { length: typeof gcmGuidingPrinciples.length };

/** A guiding principle (numbered 1–10 in the GCM's order) by its name in the reader's language. */
export const usePrincipleName = () => {
  const { t } = useTranslation();
  return (principle: { number: number; name?: string }): string => {
    const key = principleKeys[principle.number - 1];
    return key ? t(`readiness.principle.${key}`) : (principle.name ?? String(principle.number));
  };
};
