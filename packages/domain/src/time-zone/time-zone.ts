import { IANAZone } from 'luxon';
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';

export const isKnownTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

export const timeZoneSchema = z
  .string()
  .min(1)
  .refine(isKnownTimeZone, { message: 'must be an IANA time zone such as Asia/Tbilisi or Europe/Berlin' });

export const assertKnownTimeZone = (zone: string, field = 'tz'): void => {
  if (!isKnownTimeZone(zone)) {
    throw new DomainError('unknown_time_zone', `Unknown time zone "${zone}"`, [
      { path: field, message: 'must be an IANA time zone such as Asia/Tbilisi or Europe/Berlin' },
    ]);
  }
};
