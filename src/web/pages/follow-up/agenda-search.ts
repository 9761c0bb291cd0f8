import { z } from 'zod';

/** The agenda's day or week in its URL; apart from the page, which the router loads only when it is shown. */
export const agendaSearch = z.object({
  view: z.enum(['day', 'week']).optional().catch(undefined),
  date: z.iso.date().optional().catch(undefined),
  userId: z.uuid().optional().catch(undefined),
});
