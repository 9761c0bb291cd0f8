import { type Insertable, sql } from 'kysely';
import { type RequestContext, systemContext } from '../src/core/auth/actor.js';
import type { Database, Tx } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import type { Deps } from '../src/core/use-case.js';
import { seededRandom } from '../src/demo/random.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { buildActor } from '../src/modules/accounts/use-cases/resolve-session.js';
import {
  allocatePayment,
  type InstallmentPosition,
  remainingOn,
} from '../src/modules/loan-fund/domain/allocation.js';
import {
  assertBalanced,
  disbursementEntry,
  type EntryLine,
  paymentEntry,
} from '../src/modules/loan-fund/domain/ledger.js';
import { statusAfterMovement } from '../src/modules/loan-fund/domain/loan-position.js';
import { buildSchedule, firstDueDate } from '../src/modules/loan-fund/domain/schedule.js';
import { addProduct } from '../src/modules/loan-fund/use-cases/add-product.js';
import { createFund } from '../src/modules/loan-fund/use-cases/create-fund.js';
import { recordContribution } from '../src/modules/loan-fund/use-cases/record-contribution.js';
import { createConsortium } from '../src/modules/organizations/use-cases/create-consortium.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

export interface LoanFundScene {
  fundId: string;
  /** A program referent of the participating organization: services loans and reads the figures. */
  servicerEmail: string;
  loans: number;
  activeLoanIds: string[];
  lateLoans: number;
  repaidLoans: number;
}

const purposes = ['exam_fee', 'course', 'translation', 'credential_evaluation', 'licensing_fee'] as const;
const payees = ['State Board of Nursing', 'Community College', 'Credential Evaluation Service'];
const loanBatch = 500;
const rowsPerInsert = 500;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const atNoon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

async function contextOf(deps: Deps, userId: string, organizationId: string): Promise<RequestContext> {
  const actor = await buildActor(
    deps.db,
    { id: userId, displayName: 'bench', locale: 'en' },
    'bench',
    organizationId,
  );
  if (!actor) throw new Error('bench staff without membership');
  return { actor, requestId: 'bench-loans', locale: 'en', ip: null };
}

/**
 * A lender operating a fund in which `participatingOrganizationId` files and services loans, set up
 * through the use cases; then `loanCount` loans of that organization's people, with their history up to
 * today (disbursement, schedule, payments, about one loan in ten in arrears), inserted directly, every
 * amount computed by the loan-fund domain functions. Every row is the lender's, the fund's operator
 * (`organization_id`, ADR 12); applications and loans name the partner as `borrower_organization_id`.
 */
export async function generateLoanFund(
  deps: Deps,
  options: { loanCount: number; participatingOrganizationId: string; password: string; seed: number },
): Promise<LoanFundScene> {
  const { db } = deps;
  const random = seededRandom(options.seed);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const system = systemContext('bench-loans');
  const partner = options.participatingOrganizationId;

  const lender = await createOrganization(deps)(system, {
    name: 'Community Lender',
    kind: 'lender',
    country: 'US',
  });
  const { userId: directorId } = await createStaffAccount(deps)(system, {
    email: 'lender.director@bench.test',
    displayName: 'Lender Director',
    role: 'director',
    organizationId: lender.id,
    password: options.password,
  });
  const servicerEmail = 'loan.referent@bench.test';
  const { userId: referentId } = await createStaffAccount(deps)(system, {
    email: servicerEmail,
    displayName: 'Loan Referent',
    role: 'program_referent',
    organizationId: partner,
    password: options.password,
  });
  // A fund names only organizations in a consortium with the lender's.
  await createConsortium(deps)(system, {
    name: 'Re-credentialing partners',
    coordinatingOrganizationId: lender.id,
    memberOrganizationIds: [partner],
  });
  const director = await contextOf(deps, directorId, lender.id);
  const fund = await createFund(deps)(director, {
    name: 'Re-credentialing Loan Fund',
    currency: 'USD',
    participatingOrganizationIds: [partner],
  });
  const productTerms = [
    { name: 'Interest-free loan', annualRateBps: 0, originationFeeCents: 0 },
    { name: 'Low-interest loan', annualRateBps: 450, originationFeeCents: 2_500 },
  ];
  const products: ((typeof productTerms)[number] & { id: string; graceMonths: number })[] = [];
  for (const terms of productTerms) {
    const { id } = await addProduct(deps)(director, {
      fundId: fund.id,
      ...terms,
      maxAmountCents: 300_000,
      maxTermMonths: 24,
      graceMonths: 0,
      eligiblePurposes: [...purposes],
    });
    products.push({ id, ...terms, graceMonths: 0 });
  }
  const historyDays = 3 * 365;
  await recordContribution(deps)(director, {
    fundId: fund.id,
    kind: 'grant',
    contributor: 'Metro Government',
    amountCents: 4_000_000_000,
    receivedOn: addDays(today, -historyDays - 30),
  });

  const borrowers = await db
    .selectFrom('people')
    .select(['id', sql<string>`given_name || ' ' || family_name`.as('name')])
    .where('organization_id', '=', partner)
    .orderBy('id')
    .execute();
  if (borrowers.length === 0) throw new Error('the participating organization has no people');

  // Drawn first and sorted, so that references are numbered in filing order as the use case does.
  const plans = Array.from({ length: options.loanCount }, (_, i) => {
    const approvedOn = addDays(today, -random.int(0, historyDays));
    return {
      borrower: borrowers[i % borrowers.length]!,
      product: random.pick(products),
      principalCents: random.int(50_000, 300_000),
      termMonths: random.int(6, 24),
      purpose: random.pick(purposes),
      payee: random.pick(payees),
      filedOn: addDays(approvedOn, -random.int(3, 20)),
      approvedOn,
      paidOn: earlier(addDays(approvedOn, random.int(0, 10)), today),
    };
  }).sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));

  const scene: LoanFundScene = {
    fundId: fund.id,
    servicerEmail,
    loans: plans.length,
    activeLoanIds: [],
    lateLoans: 0,
    repaidLoans: 0,
  };
  for (let offset = 0; offset < plans.length; offset += loanBatch) {
    const rows = {
      loan_applications: [] as Rows<'loan_applications'>,
      loans: [] as Rows<'loans'>,
      loan_schedules: [] as Rows<'loan_schedules'>,
      loan_installments: [] as Rows<'loan_installments'>,
      loan_journal_entries: [] as Rows<'loan_journal_entries'>,
      loan_journal_lines: [] as Rows<'loan_journal_lines'>,
      loan_disbursements: [] as Rows<'loan_disbursements'>,
      loan_payments: [] as Rows<'loan_payments'>,
      loan_allocations: [] as Rows<'loan_allocations'>,
      loan_events: [] as Rows<'loan_events'>,
    };
    const post = (loanId: string, occurredOn: string, kind: string, memo: string, lines: EntryLine[]) => {
      assertBalanced(lines);
      const id = uuidv7();
      rows.loan_journal_entries.push({
        id,
        fund_id: fund.id,
        organization_id: lender.id,
        occurred_on: occurredOn,
        kind,
        loan_id: loanId,
        memo,
        reverses_entry_id: null,
        recorded_by: referentId,
        recorded_at: atNoon(occurredOn),
      });
      for (const [i, l] of lines.entries()) {
        rows.loan_journal_lines.push({
          entry_id: id,
          line_no: i + 1,
          organization_id: lender.id,
          fund_id: fund.id,
          occurred_on: occurredOn,
          account: l.account,
          loan_id: l.loanId,
          debit_cents: l.debitCents,
          credit_cents: l.creditCents,
        });
      }
      return id;
    };
    const event = (loanId: string, occurredOn: string, kind: string, details: Record<string, unknown>) =>
      rows.loan_events.push({
        id: uuidv7(),
        organization_id: lender.id,
        loan_id: loanId,
        occurred_on: occurredOn,
        kind,
        details: JSON.stringify(details),
        recorded_by: referentId,
        recorded_at: atNoon(occurredOn),
      });

    plans.slice(offset, offset + loanBatch).forEach((plan, index) => {
      const sequence = offset + index + 1;
      const reference = `${plan.filedOn.slice(0, 4)}-${String(sequence).padStart(4, '0')}`;
      const applicationId = uuidv7();
      const loanId = uuidv7();
      const scheduleId = uuidv7();
      const { product, principalCents, termMonths } = plan;
      rows.loan_applications.push({
        id: applicationId,
        fund_id: fund.id,
        product_id: product.id,
        organization_id: lender.id,
        borrower_organization_id: partner,
        person_id: plan.borrower.id,
        borrower_name: plan.borrower.name,
        reference,
        requested_cents: principalCents,
        term_months: termMonths,
        costs: JSON.stringify([
          {
            purpose: plan.purpose,
            description: 'Re-credentialing cost',
            amountCents: principalCents,
            payee: plan.payee,
          },
        ]),
        plan_reference: null,
        status: 'approved',
        filed_by: referentId,
        filed_on: plan.filedOn,
        filed_at: atNoon(plan.filedOn),
        decided_by: directorId,
        decided_on: plan.approvedOn,
        decision_reasons: 'Complete file',
        committee_members: [],
        approved_cents: principalCents,
      });
      event(loanId, plan.approvedOn, 'approved', {
        approvedCents: principalCents,
        requestedCents: principalCents,
      });

      const disbursementEntryId = post(
        loanId,
        plan.paidOn,
        'disbursement',
        `${reference} tranche 1: ${plan.payee}`,
        disbursementEntry(loanId, principalCents),
      );
      rows.loan_disbursements.push({
        id: uuidv7(),
        organization_id: lender.id,
        loan_id: loanId,
        tranche: 1,
        amount_cents: principalCents,
        payee_kind: 'vendor',
        payee_name: plan.payee,
        purpose: plan.purpose,
        paid_on: plan.paidOn,
        journal_entry_id: disbursementEntryId,
        recorded_by: referentId,
        recorded_at: atNoon(plan.paidOn),
      });
      event(loanId, plan.paidOn, 'disbursed', {
        amountCents: principalCents,
        payeeKind: 'vendor',
        tranche: 1,
      });
      let receivableCents = principalCents;

      const positions: InstallmentPosition[] = buildSchedule({
        principalCents,
        annualRateBps: product.annualRateBps,
        termMonths,
        firstInstallmentFeeCents: product.originationFeeCents,
        firstDueOn: firstDueDate(plan.paidOn, product.graceMonths),
      }).map((i) => ({
        ...i,
        installmentId: uuidv7(),
        feePaidCents: 0,
        interestPaidCents: 0,
        principalPaidCents: 0,
      }));
      rows.loan_schedules.push({
        id: scheduleId,
        organization_id: lender.id,
        loan_id: loanId,
        version: 1,
        reason: 'initial',
        effective_on: plan.paidOn,
        principal_cents: principalCents,
        annual_rate_bps: product.annualRateBps,
        term_months: termMonths,
        note: null,
        superseded: false,
        created_by: referentId,
        created_at: atNoon(plan.paidOn),
      });
      for (const p of positions) {
        rows.loan_installments.push({
          id: p.installmentId,
          organization_id: lender.id,
          schedule_id: scheduleId,
          loan_id: loanId,
          number: p.number,
          due_on: p.dueOn,
          principal_cents: p.principalCents,
          interest_cents: p.interestCents,
          fee_cents: p.feeCents,
        });
      }

      // Late borrowers stop paying one to six installments before today, sometimes after a partial payment.
      const pastDue = positions.filter((p) => p.dueOn < today);
      const missed =
        pastDue.length > 0 && random.chance(0.1) ? random.int(1, Math.min(6, pastDue.length)) : 0;
      if (missed > 0) scene.lateLoans += 1;
      const payments: { on: string; amountCents: number }[] = [];
      let lastOn = plan.paidOn;
      const pay = (due: InstallmentPosition, amountCents: number) => {
        if (amountCents <= 0) return;
        lastOn = earlier(later(lastOn, addDays(due.dueOn, random.int(-5, 3))), today);
        const allocations = allocatePayment(positions, receivableCents, amountCents);
        for (const a of allocations) {
          const position = positions.find((p) => p.installmentId === a.installmentId);
          if (a.component === 'principal') receivableCents -= a.amountCents;
          if (!position) continue;
          if (a.component === 'fee') position.feePaidCents += a.amountCents;
          if (a.component === 'interest') position.interestPaidCents += a.amountCents;
          if (a.component === 'principal') position.principalPaidCents += a.amountCents;
        }
        const paymentId = uuidv7();
        const journalEntryId = post(
          loanId,
          lastOn,
          'payment',
          `${reference} payment (check)`,
          paymentEntry(loanId, allocations),
        );
        rows.loan_payments.push({
          id: paymentId,
          organization_id: lender.id,
          loan_id: loanId,
          idempotency_key: `generated-${paymentId}`,
          amount_cents: amountCents,
          received_on: lastOn,
          method: 'check',
          journal_entry_id: journalEntryId,
          reversed_on: null,
          reversal_reason: null,
          reversal_entry_id: null,
          recorded_by: referentId,
          recorded_at: atNoon(lastOn),
        });
        for (const [i, a] of allocations.entries()) {
          rows.loan_allocations.push({
            payment_id: paymentId,
            line_no: i + 1,
            organization_id: lender.id,
            loan_id: loanId,
            installment_id: a.installmentId,
            component: a.component,
            amount_cents: a.amountCents,
          });
        }
        payments.push({ on: lastOn, amountCents });
      };
      const paid = pastDue.slice(0, pastDue.length - missed);
      for (const due of paid) pay(due, remainingOn(due));
      const firstMissed = pastDue[paid.length];
      if (firstMissed && random.chance(0.5)) pay(firstMissed, Math.floor(remainingOn(firstMissed) / 2));

      const status = statusAfterMovement('active', positions, receivableCents, principalCents);
      const closedOn = status === 'repaid' ? lastOn : null;
      for (const [i, p] of payments.entries()) {
        const closing = status === 'repaid' && i === payments.length - 1;
        event(loanId, p.on, closing ? 'repaid' : 'payment', { amountCents: p.amountCents });
      }
      if (status === 'repaid') scene.repaidLoans += 1;
      else scene.activeLoanIds.push(loanId);
      rows.loans.push({
        id: loanId,
        fund_id: fund.id,
        application_id: applicationId,
        product_id: product.id,
        organization_id: lender.id,
        borrower_organization_id: partner,
        person_id: plan.borrower.id,
        borrower_name: plan.borrower.name,
        reference,
        principal_cents: principalCents,
        annual_rate_bps: product.annualRateBps,
        term_months: termMonths,
        grace_months: product.graceMonths,
        origination_fee_cents: product.originationFeeCents,
        status,
        approved_on: plan.approvedOn,
        closed_on: closedOn,
        created_at: atNoon(plan.approvedOn),
      });
    });

    // One transaction per batch: the journal's balance trigger runs at commit, once every line is in.
    await db.transaction().execute(async (trx) => {
      for (const [table, tableRows] of Object.entries(rows)) {
        await insertInChunks(trx, table as keyof typeof rows, tableRows);
      }
    });
    // The projection triggers refresh each inserted statement's loans by reading their rows back: with
    // statistics of tables that were empty, those reads scanned whole tables, and each batch took
    // longer than the one before (10,000 loans did not finish in 14 minutes).
    await sql`ANALYZE ${sql.join(Object.keys(rows).map((table) => sql.table(table)))}`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
  return scene;
}

async function insertInChunks<T extends keyof Database>(trx: Tx, table: T, rows: Rows<T>) {
  for (let i = 0; i < rows.length; i += rowsPerInsert) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + rowsPerInsert) as never)
      .execute();
  }
}
