import { z } from 'zod';

/** The sessions list's filters in its URL; apart from the page, which the router loads only when it is shown. */
export const sessionsSearch = z.object({
  audience: z.enum(['beneficiaries', 'staff']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
