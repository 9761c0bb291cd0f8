import { z } from 'zod';
import { isSupportedTimeZone } from '../../../core/time-zone.js';

/** An IANA time zone Intl knows by its canonical name ('America/Toronto', not 'America/Montreal'). */
export const timeZoneName = z
  .string()
  .trim()
  .max(60)
  .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/, 'An IANA name such as America/Toronto')
  .refine(isSupportedTimeZone, { message: 'Unknown time zone' });
