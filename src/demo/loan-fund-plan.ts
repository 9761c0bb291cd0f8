import type { Random } from './random.js';

/** How a demo borrower repays: what the fund's history is made of. */
export type Repayment =
  | { kind: 'on_time' }
  | { kind: 'one_late'; installment: number; daysLate: number }
  | { kind: 'restructured'; missedFrom: number }
  | { kind: 'defaulted'; paidInstallments: number }
  | { kind: 'behind'; missedLast: number };

export interface PlannedLoan {
  filedOn: string;
  amountCents: number;
  approvedCents: number;
  termMonths: number;
  costs: {
    purpose:
      | 'exam_fee'
      | 'course'
      | 'credential_evaluation'
      | 'licensing_fee'
      | 'rent'
      | 'child_care'
      | 'translation';
    description: string;
    payee: string | null;
    share: number;
  }[];
  repayment: Repayment;
}

const pathways = [
  {
    plan: 'Nursing licensure (NCLEX-RN)',
    costs: [
      { purpose: 'exam_fee', description: 'NCLEX-RN exam registration', payee: 'Pearson VUE', share: 0.1 },
      {
        purpose: 'course',
        description: 'NCLEX review course',
        payee: 'Jefferson Community & Technical College',
        share: 0.9,
      },
    ],
  },
  {
    plan: 'Medical licensing (USMLE Step 1)',
    costs: [
      {
        purpose: 'credential_evaluation',
        description: 'ECFMG certification and credential verification',
        payee: 'ECFMG',
        share: 0.3,
      },
      { purpose: 'exam_fee', description: 'USMLE Step 1', payee: 'ECFMG', share: 0.7 },
    ],
  },
  {
    plan: 'Engineer-in-training (FE exam)',
    costs: [
      {
        purpose: 'translation',
        description: 'Certified translation of transcripts',
        payee: 'Kentucky Translation Services',
        share: 0.2,
      },
      {
        purpose: 'credential_evaluation',
        description: 'Course-by-course evaluation',
        payee: 'Educational Credential Evaluators',
        share: 0.3,
      },
      { purpose: 'exam_fee', description: 'FE exam', payee: 'NCEES', share: 0.5 },
    ],
  },
  {
    plan: 'Teaching certificate',
    costs: [
      {
        purpose: 'credential_evaluation',
        description: 'Degree evaluation',
        payee: 'World Education Services',
        share: 0.4,
      },
      {
        purpose: 'licensing_fee',
        description: 'Certificate application fee',
        payee: 'Education Professional Standards Board',
        share: 0.6,
      },
    ],
  },
  {
    plan: 'Pharmacy technician certification',
    costs: [
      {
        purpose: 'course',
        description: 'Pharmacy technician program',
        payee: 'Jefferson Community & Technical College',
        share: 0.6,
      },
      { purpose: 'child_care', description: 'Child care during evening classes', payee: null, share: 0.4 },
    ],
  },
  {
    plan: 'Commercial driver licence',
    costs: [
      {
        purpose: 'course',
        description: 'CDL training',
        payee: 'KentuckianaWorks training provider',
        share: 0.75,
      },
      { purpose: 'rent', description: 'Rent help during training', payee: null, share: 0.25 },
    ],
  },
] as const;

export function pathwayOf(random: Random) {
  return random.pick(pathways);
}

/** Loans up to $3,000, in whole tens of dollars; some approved for less than asked. */
export function plannedAmounts(random: Random): { amountCents: number; approvedCents: number } {
  const amountCents = random.int(80, 300) * 1_000;
  const approvedCents = random.chance(0.2)
    ? Math.max(50_000, amountCents - random.int(2, 8) * 5_000)
    : amountCents;
  return { amountCents, approvedCents };
}

/** Splits an amount by shares into whole cents that add up exactly (the last cost takes the rest). */
export function splitByShares(amountCents: number, shares: readonly number[]): number[] {
  const parts = shares.map((s) => Math.floor(amountCents * s));
  parts[parts.length - 1] = amountCents - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
}
