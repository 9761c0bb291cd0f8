import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Executor } from '../../../core/db/types.js';
import type { Allocation, InstallmentPosition } from '../domain/allocation.js';
import type { LoanMilestones } from '../domain/entry-dates.js';
import type { LoanStatus } from '../domain/portfolio.js';
import type { ScheduledInstallment } from '../domain/schedule.js';
import './tables.js';

export interface LoanRecord {
  id: string;
  fundId: string;
  applicationId: string;
  productId: string;
  /** The fund's operating organization: the loan and its history are rows of its books (ADR 12). */
  organizationId: string;
  /** The organization that filed the application and follows the borrower (its person). */
  borrowerOrganizationId: string;
  personId: string;
  borrowerName: string;
  reference: string;
  principalCents: number;
  annualRateBps: number;
  termMonths: number;
  graceMonths: number;
  originationFeeCents: number;
  status: LoanStatus;
  approvedOn: string;
  closedOn: string | null;
}

const loanColumns = [
  'id',
  'fund_id as fundId',
  'application_id as applicationId',
  'product_id as productId',
  'organization_id as organizationId',
  'borrower_organization_id as borrowerOrganizationId',
  'person_id as personId',
  'borrower_name as borrowerName',
  'reference',
  'principal_cents as principalCents',
  'annual_rate_bps as annualRateBps',
  'term_months as termMonths',
  'grace_months as graceMonths',
  'origination_fee_cents as originationFeeCents',
  'status',
  'approved_on as approvedOn',
  'closed_on as closedOn',
] as const;

/** Loans, their schedules, disbursements, payments and allocations. */
export function loansRepository(db: Executor) {
  return {
    async insertLoan(loan: LoanRecord, now: Date) {
      await db
        .insertInto('loans')
        .values({
          id: loan.id,
          fund_id: loan.fundId,
          application_id: loan.applicationId,
          product_id: loan.productId,
          organization_id: loan.organizationId,
          borrower_organization_id: loan.borrowerOrganizationId,
          person_id: loan.personId,
          borrower_name: loan.borrowerName,
          reference: loan.reference,
          principal_cents: loan.principalCents,
          annual_rate_bps: loan.annualRateBps,
          term_months: loan.termMonths,
          grace_months: loan.graceMonths,
          origination_fee_cents: loan.originationFeeCents,
          status: loan.status,
          approved_on: loan.approvedOn,
          closed_on: loan.closedOn,
          created_at: now,
        })
        .execute();
    },

    /** With `forUpdate`, concurrent movements on the same loan wait for each other: each sees the other's effect. */
    async findLoan(id: string, forUpdate = false): Promise<LoanRecord | undefined> {
      let query = db.selectFrom('loans').select(loanColumns).where('id', '=', id);
      if (forUpdate) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async setStatus(id: string, status: LoanStatus, closedOn: string | null) {
      await db.updateTable('loans').set({ status, closed_on: closedOn }).where('id', '=', id).execute();
    },

    /** The loans of a (participating) organization's person, in every fund. */
    loansOfPerson(borrowerOrganizationId: string, personId: string): Promise<LoanRecord[]> {
      return db
        .selectFrom('loans')
        .select(loanColumns)
        .where('borrower_organization_id', '=', borrowerOrganizationId)
        .where('person_id', '=', personId)
        .orderBy('approved_on', 'desc')
        .execute();
    },

    async insertSchedule(s: {
      id: string;
      loanId: string;
      organizationId: string;
      version: number;
      reason: 'initial' | 'restructuring';
      effectiveOn: string;
      principalCents: number;
      annualRateBps: number;
      termMonths: number;
      note: string | null;
      createdBy: string | null;
      now: Date;
      installments: (ScheduledInstallment & { id: string })[];
    }) {
      await db
        .updateTable('loan_schedules')
        .set({ superseded: true })
        .where('loan_id', '=', s.loanId)
        .where('organization_id', '=', s.organizationId)
        .execute();
      await db
        .insertInto('loan_schedules')
        .values({
          id: s.id,
          organization_id: s.organizationId,
          loan_id: s.loanId,
          version: s.version,
          reason: s.reason,
          effective_on: s.effectiveOn,
          principal_cents: s.principalCents,
          annual_rate_bps: s.annualRateBps,
          term_months: s.termMonths,
          note: s.note,
          superseded: false,
          created_by: s.createdBy,
          created_at: s.now,
        })
        .execute();
      await db
        .insertInto('loan_installments')
        .values(
          s.installments.map((i) => ({
            id: i.id,
            organization_id: s.organizationId,
            schedule_id: s.id,
            loan_id: s.loanId,
            number: i.number,
            due_on: i.dueOn,
            principal_cents: i.principalCents,
            interest_cents: i.interestCents,
            fee_cents: i.feeCents,
          })),
        )
        .execute();
    },

    schedules(loanId: string) {
      return db
        .selectFrom('loan_schedules')
        .select([
          'id',
          'version',
          'reason',
          'effective_on as effectiveOn',
          'term_months as termMonths',
          'note',
          'superseded',
        ])
        .where('loan_id', '=', loanId)
        .orderBy('version')
        .execute();
    },

    /**
     * The installments of the schedule in force, with what live (not reversed) payments received on or
     * before `asOf` allocated to each component.
     */
    async positions(loanId: string, asOf = '9999-12-31'): Promise<InstallmentPosition[]> {
      const rows = await db
        .selectFrom('loan_installments as i')
        .innerJoin('loan_schedules as s', 's.id', 'i.schedule_id')
        .leftJoin(
          (eb) =>
            eb
              .selectFrom('loan_allocations as a')
              .innerJoin('loan_payments as p', 'p.id', 'a.payment_id')
              .select([
                'a.installment_id',
                sql<number>`coalesce(sum(a.amount_cents) FILTER (WHERE a.component = 'fee'), 0)::bigint`.as(
                  'fee',
                ),
                sql<number>`coalesce(sum(a.amount_cents) FILTER (WHERE a.component = 'interest'), 0)::bigint`.as(
                  'interest',
                ),
                sql<number>`coalesce(sum(a.amount_cents) FILTER (WHERE a.component = 'principal'), 0)::bigint`.as(
                  'principal',
                ),
              ])
              .where('a.loan_id', '=', loanId)
              // The same payments (an allocation is its payment's), named so they are read by the loan's
              // index rather than by scanning every payment of every loan.
              .where('p.loan_id', '=', loanId)
              .where('p.received_on', '<=', asOf)
              .where((w) => w.or([w('p.reversed_on', 'is', null), w('p.reversed_on', '>', asOf)]))
              .groupBy('a.installment_id')
              .as('paid'),
          (join) => join.onRef('paid.installment_id', '=', 'i.id'),
        )
        .select([
          'i.id as installmentId',
          'i.number',
          'i.due_on as dueOn',
          'i.fee_cents as feeCents',
          'i.interest_cents as interestCents',
          'i.principal_cents as principalCents',
          sql<number>`coalesce(paid.fee, 0)`.as('feePaidCents'),
          sql<number>`coalesce(paid.interest, 0)`.as('interestPaidCents'),
          sql<number>`coalesce(paid.principal, 0)`.as('principalPaidCents'),
        ])
        .where('i.loan_id', '=', loanId)
        // The schedule in force, found by the loan's index rather than among every loan's schedules.
        .where('s.loan_id', '=', loanId)
        .where('s.superseded', '=', false)
        .orderBy('i.number')
        .execute();
      return rows.map((r) => ({
        ...r,
        feePaidCents: Number(r.feePaidCents),
        interestPaidCents: Number(r.interestPaidCents),
        principalPaidCents: Number(r.principalPaidCents),
      }));
    },

    async insertDisbursement(d: {
      id: string;
      loanId: string;
      organizationId: string;
      tranche: number;
      amountCents: number;
      payeeKind: 'borrower' | 'vendor';
      payeeName: string;
      purpose: string;
      paidOn: string;
      journalEntryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('loan_disbursements')
        .values({
          id: d.id,
          organization_id: d.organizationId,
          loan_id: d.loanId,
          tranche: d.tranche,
          amount_cents: d.amountCents,
          payee_kind: d.payeeKind,
          payee_name: d.payeeName,
          purpose: d.purpose,
          paid_on: d.paidOn,
          journal_entry_id: d.journalEntryId,
          recorded_by: d.recordedBy,
          recorded_at: d.now,
        })
        .execute();
    },

    disbursements(loanId: string) {
      return db
        .selectFrom('loan_disbursements')
        .select([
          'id',
          'tranche',
          'amount_cents as amountCents',
          'payee_kind as payeeKind',
          'payee_name as payeeName',
          'purpose',
          'paid_on as paidOn',
        ])
        .where('loan_id', '=', loanId)
        .orderBy('tranche')
        .execute();
    },

    findPaymentByKey(loanId: string, idempotencyKey: string) {
      return db
        .selectFrom('loan_payments')
        .select(['id', 'amount_cents as amountCents', 'received_on as receivedOn', 'method'])
        .where('loan_id', '=', loanId)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
    },

    findPayment(loanId: string, paymentId: string) {
      return db
        .selectFrom('loan_payments')
        .select([
          'id',
          'amount_cents as amountCents',
          'received_on as receivedOn',
          'journal_entry_id as journalEntryId',
          'reversed_on as reversedOn',
          'recorded_at as recordedAt',
        ])
        .where('loan_id', '=', loanId)
        .where('id', '=', paymentId)
        .executeTakeFirst();
    },

    async insertPayment(
      p: {
        id: string;
        loanId: string;
        organizationId: string;
        idempotencyKey: string;
        amountCents: number;
        receivedOn: string;
        method: string;
        journalEntryId: string;
        recordedBy: string | null;
        now: Date;
      },
      allocations: readonly Allocation[],
    ) {
      await db
        .insertInto('loan_payments')
        .values({
          id: p.id,
          organization_id: p.organizationId,
          loan_id: p.loanId,
          idempotency_key: p.idempotencyKey,
          amount_cents: p.amountCents,
          received_on: p.receivedOn,
          method: p.method,
          journal_entry_id: p.journalEntryId,
          recorded_by: p.recordedBy,
          recorded_at: p.now,
        })
        .execute();
      await db
        .insertInto('loan_allocations')
        .values(
          allocations.map((a, i) => ({
            payment_id: p.id,
            line_no: i + 1,
            organization_id: p.organizationId,
            loan_id: p.loanId,
            installment_id: a.installmentId,
            component: a.component,
            amount_cents: a.amountCents,
          })),
        )
        .execute();
    },

    async markReversed(paymentId: string, reversedOn: string, reason: string, reversalEntryId: string) {
      await db
        .updateTable('loan_payments')
        .set({ reversed_on: reversedOn, reversal_reason: reason, reversal_entry_id: reversalEntryId })
        .where('id', '=', paymentId)
        .execute();
    },

    /**
     * What the loan page lists besides the schedule in force and the balances — the schedules, the
     * tranches paid out, the payments with their allocations, the events, newest first — and the
     * product's name, in one statement: the page is read after every movement on the loan.
     */
    async history(loan: Pick<LoanRecord, 'id' | 'organizationId' | 'productId'>) {
      const row = await db
        .selectNoFrom((eb) => [
          eb
            .selectFrom('loan_products')
            .select('name')
            .where('id', '=', loan.productId)
            .where('organization_id', '=', loan.organizationId)
            .as('productName'),
          jsonArrayFrom(
            eb
              .selectFrom('loan_schedules')
              .select([
                'id',
                'version',
                'reason',
                'effective_on as effectiveOn',
                'term_months as termMonths',
                'note',
                'superseded',
              ])
              .where('loan_id', '=', loan.id)
              .where('organization_id', '=', loan.organizationId)
              .orderBy('version'),
          ).as('schedules'),
          jsonArrayFrom(
            eb
              .selectFrom('loan_disbursements')
              .select([
                'id',
                'tranche',
                'amount_cents as amountCents',
                'payee_kind as payeeKind',
                'payee_name as payeeName',
                'purpose',
                'paid_on as paidOn',
              ])
              .where('loan_id', '=', loan.id)
              .where('organization_id', '=', loan.organizationId)
              .orderBy('tranche'),
          ).as('disbursements'),
          jsonArrayFrom(
            eb
              .selectFrom('loan_payments')
              .select([
                'id',
                'amount_cents as amountCents',
                'received_on as receivedOn',
                'method',
                'recorded_by as recordedBy',
                'reversed_on as reversedOn',
                'reversal_reason as reversalReason',
              ])
              .where('loan_id', '=', loan.id)
              .where('organization_id', '=', loan.organizationId)
              .orderBy('received_on')
              .orderBy('recorded_at'),
          ).as('payments'),
          jsonArrayFrom(
            eb
              .selectFrom('loan_allocations as a')
              .leftJoin('loan_installments as i', (join) =>
                join
                  .onRef('i.id', '=', 'a.installment_id')
                  .onRef('i.organization_id', '=', 'a.organization_id'),
              )
              .select([
                'a.payment_id as paymentId',
                'i.number as installmentNumber',
                'a.component',
                'a.amount_cents as amountCents',
              ])
              .where('a.loan_id', '=', loan.id)
              .where('a.organization_id', '=', loan.organizationId)
              .orderBy('a.payment_id')
              .orderBy('a.line_no'),
          ).as('allocations'),
          jsonArrayFrom(
            eb
              .selectFrom('loan_events')
              .select(['occurred_on as occurredOn', 'kind', 'details'])
              .where('loan_id', '=', loan.id)
              .where('organization_id', '=', loan.organizationId)
              .orderBy('occurred_on', 'desc')
              .orderBy('recorded_at', 'desc'),
          ).as('events'),
        ])
        .executeTakeFirstOrThrow();
      return {
        ...row,
        events: row.events.map((e) => ({
          ...e,
          details: (typeof e.details === 'string' ? JSON.parse(e.details) : e.details) as Record<
            string,
            unknown
          >,
        })),
      };
    },

    /** The dated steps later entries on the loan depend on, in one statement. */
    async milestones(
      loan: Pick<LoanRecord, 'id' | 'organizationId' | 'approvedOn'>,
    ): Promise<LoanMilestones> {
      const row = await db
        .selectFrom('loan_events')
        .select([
          sql<string | null>`(min(occurred_on) FILTER (WHERE kind = 'disbursed'))::text`.as(
            'firstDisbursedOn',
          ),
          sql<string | null>`(max(occurred_on) FILTER (WHERE kind = 'disbursed'))::text`.as(
            'lastDisbursedOn',
          ),
          sql<
            string | null
          >`(max(occurred_on) FILTER (WHERE kind IN ('restructured', 'written_off')))::text`.as(
            'lastScheduleChangeOn',
          ),
          sql<string | null>`max(occurred_on)::text`.as('lastMovementOn'),
        ])
        .where('loan_id', '=', loan.id)
        .where('organization_id', '=', loan.organizationId)
        .executeTakeFirstOrThrow();
      return {
        approvedOn: loan.approvedOn,
        firstDisbursedOn: row.firstDisbursedOn ?? null,
        lastDisbursedOn: row.lastDisbursedOn ?? null,
        lastScheduleChangeOn: row.lastScheduleChangeOn ?? null,
        lastMovementOn: row.lastMovementOn ?? null,
      };
    },

    async addEvent(e: {
      id: string;
      loanId: string;
      organizationId: string;
      occurredOn: string;
      kind: string;
      details: Record<string, unknown>;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('loan_events')
        .values({
          id: e.id,
          organization_id: e.organizationId,
          loan_id: e.loanId,
          occurred_on: e.occurredOn,
          kind: e.kind,
          details: JSON.stringify(e.details),
          recorded_by: e.recordedBy,
          recorded_at: e.now,
        })
        .execute();
    },

    async events(loanId: string) {
      const rows = await db
        .selectFrom('loan_events')
        .select(['occurred_on as occurredOn', 'kind', 'details'])
        .where('loan_id', '=', loanId)
        .orderBy('occurred_on', 'desc')
        .orderBy('recorded_at', 'desc')
        .execute();
      return rows.map((r) => ({
        ...r,
        details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<
          string,
          unknown
        >,
      }));
    },
  };
}
