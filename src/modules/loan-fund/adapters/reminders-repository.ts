import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/**
 * Unpaid installments of loans being repaid, due from `from` to `to`: the candidates for a reminder.
 * Live allocations only (a reversed payment does not count as paid).
 */
export async function unpaidInstallmentsDueBetween(db: Executor, from: string, to: string) {
  const { rows } = await sql<{
    installmentId: string;
    loanId: string;
    borrowerOrganizationId: string;
    dueOn: string;
    remainingCents: number;
  }>`
    SELECT i.id AS "installmentId", i.loan_id AS "loanId", l.borrower_organization_id AS "borrowerOrganizationId",
           i.due_on::text AS "dueOn",
           (i.principal_cents + i.interest_cents + i.fee_cents - coalesce(sum(a.amount_cents), 0))::bigint AS "remainingCents"
    FROM loan_installments i
    JOIN loan_schedules s ON s.id = i.schedule_id AND NOT s.superseded
    JOIN loans l ON l.id = i.loan_id AND l.status = 'active'
    LEFT JOIN loan_allocations a ON a.installment_id = i.id
      AND EXISTS (SELECT 1 FROM loan_payments p WHERE p.id = a.payment_id AND p.reversed_on IS NULL)
    WHERE i.due_on BETWEEN ${from} AND ${to}
    GROUP BY i.id, i.organization_id, l.borrower_organization_id
    HAVING i.principal_cents + i.interest_cents + i.fee_cents - coalesce(sum(a.amount_cents), 0) > 0
  `.execute(db);
  return rows.map((r) => ({ ...r, remainingCents: Number(r.remainingCents) }));
}
