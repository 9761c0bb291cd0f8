import { z } from 'zod';

/** The fund page's tab in its URL; apart from the page, which the router loads only when it is shown. */
export const fundTabs = [
  'dashboard',
  'applications',
  'loans',
  'contributions',
  'products',
  'ledger',
] as const;
export type FundTab = (typeof fundTabs)[number];

export const fundSearch = z.object({ tab: z.enum(fundTabs).optional().catch(undefined) });
