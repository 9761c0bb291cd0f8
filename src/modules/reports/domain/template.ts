import { z } from 'zod';
import { plainText, text } from '../../../contracts/primitives.js';
import { breakdownKeys } from './indicator.js';
import { periodKinds } from './report-period.js';

/**
 * A report template as data: its name in both languages, how its period is chosen, the language it
 * is printed in, and its sections — one indicator each, shown in total and, optionally, broken down
 * by one dimension. What a coordinator edits in the UI; checked against the catalogue before saving.
 */
export const reportDefinition = z.object({
  name: z.object({ fr: text(160), en: text(160) }),
  /** Who receives it, said on its cover (the State and the Region, the federal refugee office…). */
  audience: z.object({ fr: plainText().trim().max(240), en: plainText().trim().max(240) }),
  period: z.object({
    kind: z.enum(periodKinds),
    /** The first month of a program year (1–12); WIOA: 7. */
    startMonth: z.number().int().min(1).max(12).default(1),
  }),
  language: z.enum(['fr', 'en']),
  sections: z
    .array(
      z.object({
        indicator: z.string().regex(/^[a-z0-9_]{2,60}$/),
        breakdown: z.enum(breakdownKeys).nullable().default(null),
      }),
    )
    .min(1)
    .max(40),
});
export type ReportDefinition = z.infer<typeof reportDefinition>;
export type ReportSection = ReportDefinition['sections'][number];
