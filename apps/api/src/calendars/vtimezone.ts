import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

// The library prints to the console for a zone it does not know, so it is asked only about zones it lists.
const zonesWithDefinitions = new Set(tzlib_get_timezones(false) as string[]);

/**
 * The VTIMEZONE component of an IANA zone, so that `DTSTART;TZID=…` resolves in every calendar program; null for a
 * zone the library has no definition of (the caller then writes UTC times instead).
 */
export const getVtimezone = (zone: string): string | null => {
  if (!zonesWithDefinitions.has(zone)) return null;
  const block = tzlib_get_ical_block(zone, false);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
};

export const hasVtimezone = (zone: string): boolean => zonesWithDefinitions.has(zone);
