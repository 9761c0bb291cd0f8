/** The loan fund's part in the person's rights (export, anonymization), through `api.ts`. */
import type { Executor } from '../../core/db/types.js';
import { loanFundPersonDataRepository } from './adapters/person-data-repository.js';

/** The person's applications and loans, each loan with its current schedule, disbursements and payments. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const data = await loanFundPersonDataRepository(db).loans(organizationId, personId);
  return {
    applications: data.applications,
    loans: data.loans.map((loan) => ({
      ...loan,
      schedule: data.installments
        .filter((i) => i.loanId === loan.id)
        .map(({ loanId: _, ...installment }) => installment),
      disbursements: data.disbursements
        .filter((d) => d.loanId === loan.id)
        .map(({ loanId: _, ...disbursement }) => disbursement),
      payments: data.payments.filter((p) => p.loanId === loan.id).map(({ loanId: _, ...payment }) => payment),
    })),
  };
}

/**
 * The loans stay in the fund's books, every amount and every journal line unchanged, under the
 * pseudonym instead of the borrower's name. The journal is append-only, and its memos name
 * no one: the loan's reference and the kind of movement (migration 0031 removed the payees' names and
 * reasons that memos written before held).
 */
export function anonymizePersonData(
  db: Executor,
  organizationId: string,
  personId: string,
  pseudonym: string,
) {
  return loanFundPersonDataRepository(db).anonymize(organizationId, personId, pseudonym);
}
