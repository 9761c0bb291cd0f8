import { z } from 'zod';

/**
 * The offers list's search and filters in its URL, so a filtered list can be shared or reopened. Plain
 * strings, checked against the vocabularies by the page (the router, in every page's first load, does
 * not carry the offers' vocabularies).
 */
export const offersSearch = z.object({
  q: z.string().max(100).optional().catch(undefined),
  status: z.string().max(20).optional().catch(undefined),
  contractType: z.string().max(40).optional().catch(undefined),
  employerId: z.uuid().optional().catch(undefined),
  place: z.string().max(120).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
