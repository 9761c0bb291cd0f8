/**
 * What the loan fund's contracts share: its vocabularies (re-exported by ../loan-fund.ts), amounts in
 * cents, the fund's id in a path, and what the reader may do in a fund.
 */
import { z } from 'zod';

/** What a re-credentialing loan may pay for (Louisville: course and exam fees, and wraparound support). */
export const loanPurposes = [
  'exam_fee',
  'course',
  'translation',
  'credential_evaluation',
  'licensing_fee',
  'tools_equipment',
  'rent',
  'child_care',
  'transport',
  'other',
] as const;
export const applicationStatuses = ['submitted', 'approved', 'declined', 'withdrawn'] as const;
export const paymentMethods = [
  'cash',
  'check',
  'bank_transfer',
  'card',
  'payroll_deduction',
  'other',
] as const;

/** Integer cents, never a float: 2000 dollars is 200000. */
export const cents = z.number().int().min(1).max(100_000_000_000);
export const centsOrZero = z.number().int().min(0).max(100_000_000_000);
export const fundIdParam = z.object({ id: z.uuid() });

export const capabilities = z.object({
  /** Create products, record contributions, decide, restructure, write off. */
  manage: z.boolean(),
  /** Disburse, record and reverse payments, read the ledger. */
  service: z.boolean(),
  /** File applications for people my organization follows. */
  file: z.boolean(),
  /** Read the dashboard's figures. */
  figures: z.boolean(),
});
