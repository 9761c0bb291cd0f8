import { z } from 'zod';
import { isSupportedTimeZone } from '../../../core/time-zone.js';

/** An IANA time zone Intl knows by its canonical name ('America/Toronto', not 'America/Montreal'). */
export const timeZoneName = z
  .string()
  .trim()
  .max(60)
  .refine(isSupportedTimeZone, { message: 'Unknown time zone' });
