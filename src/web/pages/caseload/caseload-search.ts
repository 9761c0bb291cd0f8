import { z } from 'zod';

/** The caseload's filters in its URL; apart from the page, which the router loads only when it is shown. */
export const caseloadSearch = z.object({
  q: z.string().max(200).optional().catch(undefined),
  programId: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  referent: z.string().optional().catch(undefined),
  immigrationStatus: z.string().optional().catch(undefined),
  alerts: z.string().optional().catch(undefined),
  sort: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
