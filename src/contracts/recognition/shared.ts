/** What the recognition contracts share: costs in cents, the routes' tag, an occupation as read. */
import { z } from 'zod';
import { occupationSchemes } from '../../modules/recognition/domain/vocabulary.js';

export const cents = z.number().int().min(0).max(100_000_000);

export const tags = ['recognition'];

export const occupationView = z.object({
  scheme: z.enum(occupationSchemes),
  code: z.string(),
  /** In the reader's language when the reference module knows it; null otherwise (show the code). */
  title: z.string().nullable(),
});
