import { commonDisaggregationDimensions } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';

type CommonDimension = (typeof commonDisaggregationDimensions)[number];
const isCommonDimension = (dimension: string): dimension is CommonDimension => (commonDisaggregationDimensions as readonly string[]).includes(dimension);

/** The common dimensions by their translated name; others as the expert named them, `place_of_birth` as "place of birth". */
export const useDimensionName = () => {
  const { t } = useTranslation();
  return (dimension: string): string => (isCommonDimension(dimension) ? t(`indicators.dimension.${dimension}`) : dimension.replaceAll('_', ' '));
};
