import { z } from 'zod';

/** The employers list's search and filters in its URL, so a filtered list can be shared or reopened. */
export const employersSearch = z.object({
  q: z.string().max(100).optional().catch(undefined),
  sector: z.string().max(60).optional().catch(undefined),
  kind: z.enum(['all', 'siae']).optional().catch(undefined),
  scope: z.enum(['all', 'own', 'shared']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
