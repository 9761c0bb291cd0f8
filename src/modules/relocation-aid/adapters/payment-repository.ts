import type { Executor } from '../../../core/db/types.js';
import type { PaymentMethod } from '../domain/vocabulary.js';
import './tables.js';

/**
 * Payments of a request, their reversals and the cancellation of its approval: rows of the program's
 * owner (which pays), keyed by that organization as well as the request (ADR 12).
 */
export function paymentRepository(db: Executor) {
  return {
    async insertPayment(p: {
      id: string;
      organizationId: string;
      requestId: string;
      budgetId: string;
      amountCents: number;
      paidOn: string;
      method: PaymentMethod;
      reference: string | null;
      entryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_payments')
        .values({
          id: p.id,
          organization_id: p.organizationId,
          request_id: p.requestId,
          budget_id: p.budgetId,
          amount_cents: p.amountCents,
          paid_on: p.paidOn,
          method: p.method,
          reference: p.reference,
          entry_id: p.entryId,
          recorded_by: p.recordedBy,
          recorded_at: p.now,
        })
        .execute();
    },
    /** The request's payments, oldest first, each with its reversal if any. */
    async paymentsOf(organizationId: string, requestId: string) {
      const rows = await db
        .selectFrom('aid_payments as p')
        .leftJoin('aid_payment_reversals as v', (j) =>
          j.onRef('v.payment_id', '=', 'p.id').onRef('v.organization_id', '=', 'p.organization_id'),
        )
        .select([
          'p.id',
          'p.amount_cents as amountCents',
          'p.paid_on as paidOn',
          'p.method',
          'p.reference',
          'p.entry_id as entryId',
          'v.reversed_on as reversedOn',
          'v.reason as reversalReason',
        ])
        .where('p.organization_id', '=', organizationId)
        .where('p.request_id', '=', requestId)
        .orderBy('p.recorded_at')
        .orderBy('p.id')
        .execute();
      return rows.map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
    },
    async insertReversal(r: {
      id: string;
      organizationId: string;
      paymentId: string;
      reversedOn: string;
      reason: string;
      entryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_payment_reversals')
        .values({
          id: r.id,
          organization_id: r.organizationId,
          payment_id: r.paymentId,
          reversed_on: r.reversedOn,
          reason: r.reason,
          entry_id: r.entryId,
          recorded_by: r.recordedBy,
          recorded_at: r.now,
        })
        .execute();
    },
    async insertCancellation(c: {
      id: string;
      organizationId: string;
      requestId: string;
      budgetId: string;
      cancelledOn: string;
      reason: string;
      releasedCents: number;
      entryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_approval_cancellations')
        .values({
          id: c.id,
          organization_id: c.organizationId,
          request_id: c.requestId,
          budget_id: c.budgetId,
          cancelled_on: c.cancelledOn,
          reason: c.reason,
          released_cents: c.releasedCents,
          entry_id: c.entryId,
          recorded_by: c.recordedBy,
          recorded_at: c.now,
        })
        .execute();
    },
    async cancellationOf(organizationId: string, requestId: string) {
      const row = await db
        .selectFrom('aid_approval_cancellations')
        .select(['cancelled_on as cancelledOn', 'reason', 'released_cents as releasedCents'])
        .where('organization_id', '=', organizationId)
        .where('request_id', '=', requestId)
        .executeTakeFirst();
      return row && { ...row, releasedCents: Number(row.releasedCents) };
    },
    /** Free texts the person's rights erase: the reasons of reversals and cancellations of these requests. */
    async eraseReasons(organizationId: string, requestIds: readonly string[]) {
      if (requestIds.length === 0) return;
      // Reasons are NOT NULL (a reason is required when recorded): anonymization leaves a neutral mark.
      await db
        .updateTable('aid_approval_cancellations')
        .set({ reason: '—' })
        .where('organization_id', '=', organizationId)
        .where('request_id', 'in', requestIds)
        .execute();
      await db
        .updateTable('aid_payment_reversals')
        .set({ reason: '—' })
        .where('organization_id', '=', organizationId)
        .where(
          'payment_id',
          'in',
          db
            .selectFrom('aid_payments')
            .select('id')
            .where('organization_id', '=', organizationId)
            .where('request_id', 'in', requestIds),
        )
        .execute();
    },
  };
}
