import { z } from 'zod';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/**
 * A report's period and whether its template editor is open, in its URL (a report is linked and
 * reloaded as shown); apart from the page, which the router loads only when it is shown.
 */
export const reportSearch = z.object({
  from: day,
  to: day,
  edit: z.boolean().optional().catch(undefined),
  /** A file queued in the background (the link of a scheduled delivery's e-mail, or one just asked for). */
  file: z.uuid().optional().catch(undefined),
});
export type ReportSearch = z.infer<typeof reportSearch>;
