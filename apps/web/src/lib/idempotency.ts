import { useRef } from 'react';
import { createIdempotencyKey } from './api-client';

/**
 * One key per submission: pressing the button again with the same values (after a dropped connection, say) sends
 * the same key, so the server answers the first result instead of creating twice; changed values get a new key.
 */
export const useIdempotencyKey = () => {
  const last = useRef<{ key: string; body: string } | null>(null);
  return {
    getKeyFor: (body: unknown): string => {
      const serialised = JSON.stringify(body);
      if (last.current?.body !== serialised) last.current = { key: createIdempotencyKey(), body: serialised };
      return last.current.key;
    },
    /** After a success the next submission is a new one, even with the same values. */
    reset: () => {
      last.current = null;
    },
  };
};
