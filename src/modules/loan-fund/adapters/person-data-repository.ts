import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/**
 * The loan fund's SQL for the person's rights: the applications and loans the organization filed
 * for them, with schedules, disbursements and payments; and their anonymization, which never
 * touches an amount, a date, an allocation or the journal.
 */
export function loanFundPersonDataRepository(db: Executor) {
  return {
    async loans(organizationId: string, personId: string) {
      const applications = await db
        .selectFrom('loan_applications')
        .select([
          'id',
          'fund_id as fundId',
          'reference',
          'borrower_name as borrowerName',
          'requested_cents as requestedCents',
          'term_months as termMonths',
          'costs',
          'status',
          'filed_on as filedOn',
          'decided_on as decidedOn',
          'decision_reasons as decisionReasons',
          'approved_cents as approvedCents',
        ])
        .where('borrower_organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('filed_at')
        .execute();
      const loans = await db
        .selectFrom('loans')
        .select([
          'id',
          'fund_id as fundId',
          'application_id as applicationId',
          'reference',
          'borrower_name as borrowerName',
          'principal_cents as principalCents',
          'annual_rate_bps as annualRateBps',
          'term_months as termMonths',
          'origination_fee_cents as originationFeeCents',
          'status',
          'approved_on as approvedOn',
          'closed_on as closedOn',
        ])
        .where('borrower_organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute();
      const loanIds = loans.map((l) => l.id);
      if (loanIds.length === 0)
        return { applications, loans, installments: [], disbursements: [], payments: [] };
      const [installments, disbursements, payments] = await Promise.all([
        db
          .selectFrom('loan_installments as i')
          .innerJoin('loan_schedules as s', 's.id', 'i.schedule_id')
          .select([
            'i.loan_id as loanId',
            's.version as scheduleVersion',
            'i.number',
            'i.due_on as dueOn',
            'i.principal_cents as principalCents',
            'i.interest_cents as interestCents',
            'i.fee_cents as feeCents',
          ])
          .where('i.loan_id', 'in', loanIds)
          .where('s.superseded', '=', false)
          .orderBy('i.loan_id')
          .orderBy('i.number')
          .execute(),
        db
          .selectFrom('loan_disbursements')
          .select([
            'loan_id as loanId',
            'tranche',
            'amount_cents as amountCents',
            'payee_kind as payeeKind',
            'payee_name as payeeName',
            'purpose',
            'paid_on as paidOn',
          ])
          .where('loan_id', 'in', loanIds)
          .orderBy('paid_on')
          .execute(),
        db
          .selectFrom('loan_payments')
          .select([
            'loan_id as loanId',
            'amount_cents as amountCents',
            'received_on as receivedOn',
            'method',
            'reversed_on as reversedOn',
            'reversal_reason as reversalReason',
          ])
          .where('loan_id', 'in', loanIds)
          .orderBy('received_on')
          .orderBy('recorded_at')
          .execute(),
      ]);
      return { applications, loans, installments, disbursements, payments };
    },
    /** The borrower's name becomes the pseudonym wherever it was copied; free texts go. Returns loans changed. */
    async anonymize(organizationId: string, personId: string, pseudonym: string) {
      const applications = await db
        .updateTable('loan_applications')
        .set({ borrower_name: pseudonym, decision_reasons: null, plan_reference: null })
        .where('borrower_organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const loans = await db
        .updateTable('loans')
        .set({ borrower_name: pseudonym })
        .where('borrower_organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .returning('id')
        .execute();
      const loanIds = loans.map((l) => l.id);
      if (loanIds.length > 0) {
        await db
          .updateTable('loan_disbursements')
          .set({ payee_name: pseudonym })
          .where('loan_id', 'in', loanIds)
          .where('payee_kind', '=', 'borrower')
          .execute();
        await db
          .updateTable('loan_payments')
          .set({ reversal_reason: null })
          .where('loan_id', 'in', loanIds)
          .where('reversal_reason', 'is not', null)
          .execute();
        // A write-off's reason is free text about the borrower.
        await db
          .updateTable('loan_events')
          .set({ details: sql`details - 'reason'` })
          .where('loan_id', 'in', loanIds)
          .where('kind', '=', 'written_off')
          .execute();
        await db
          .updateTable('loan_schedules')
          .set({ note: null })
          .where('loan_id', 'in', loanIds)
          .where('note', 'is not', null)
          .execute();
      }
      return { applications: Number(applications.numUpdatedRows), loans: loanIds.length };
    },
  };
}
