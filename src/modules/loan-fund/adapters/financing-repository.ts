import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface ApplicationFinancing {
  applicationId: string;
  reference: string;
  fundId: string;
  currency: string;
  status: 'submitted' | 'approved' | 'declined' | 'withdrawn';
  personId: string;
  borrowerOrganizationId: string;
  requestedCents: number;
  costs: { purpose: string; description: string; amountCents: number; payee: string | null }[];
  loanId: string | null;
  /** The loan's disbursements, oldest first (each one a line of the fund's journal). */
  disbursements: { paidOn: string; amountCents: number; purpose: string }[];
}

/** Applications with their loan and its disbursements, for the modules that link costs to them. */
export async function readApplicationFinancing(
  db: Executor,
  applicationIds: readonly string[],
): Promise<ApplicationFinancing[]> {
  if (applicationIds.length === 0) return [];
  const applications = await db
    .selectFrom('loan_applications as a')
    .innerJoin('loan_funds as f', 'f.id', 'a.fund_id')
    .leftJoin('loans as l', 'l.application_id', 'a.id')
    .select([
      'a.id as applicationId',
      'a.reference',
      'a.fund_id as fundId',
      'f.currency',
      'a.status',
      'a.person_id as personId',
      'a.borrower_organization_id as borrowerOrganizationId',
      'a.requested_cents as requestedCents',
      'a.costs',
      'l.id as loanId',
    ])
    .where('a.id', 'in', applicationIds)
    .execute();
  const loanIds = applications.flatMap((a) => (a.loanId ? [a.loanId] : []));
  const disbursements =
    loanIds.length === 0
      ? []
      : await db
          .selectFrom('loan_disbursements')
          .select([
            'loan_id as loanId',
            sql<string>`to_char(paid_on, 'YYYY-MM-DD')`.as('paidOn'),
            'amount_cents as amountCents',
            'purpose',
          ])
          .where('loan_id', 'in', loanIds)
          .orderBy('paid_on')
          .orderBy('tranche')
          .execute();
  return applications.map((a) => ({
    ...a,
    requestedCents: Number(a.requestedCents),
    disbursements: disbursements
      .filter((d) => d.loanId === a.loanId)
      .map((d) => ({ paidOn: d.paidOn, amountCents: Number(d.amountCents), purpose: d.purpose })),
  }));
}
