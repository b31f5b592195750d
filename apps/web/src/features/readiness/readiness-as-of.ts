import { useSearchParams } from 'react-router';
import { isIsoDate } from '../../lib/date-time';

/**
 * The day readiness is shown as of, kept in the URL (`?asOf=YYYY-MM-DD`) so a past view can be shared and reloaded;
 * undefined means now.
 */
export const useReadinessAsOf = (): { asOf: string | undefined; setAsOf: (asOf: string | undefined) => void } => {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get('asOf');
  return {
    asOf: isIsoDate(value) ? value : undefined,
    setAsOf: (asOf) =>
      setSearchParams(
        (params) => {
          if (asOf) params.set('asOf', asOf);
          else params.delete('asOf');
          return params;
        },
        { replace: true },
      ),
  };
};

/** A link inside the readiness views that keeps the as-of day. */
export const withAsOf = (path: string, asOf: string | undefined): string => (asOf ? `${path}?asOf=${asOf}` : path);
