import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { type AccountBalance, assertBalanced, balancesFromSums } from '../../../core/ledger/ledger.js';
import { type AidAccount, type AidEntryKind, type AidLine, aidChart } from '../domain/aid-ledger.js';
import type { AidRules } from '../domain/aid-rules.js';
import type {
  AidPurpose,
  AssessmentReason,
  CostKind,
  PaymentMethod,
  RequestStatus,
} from '../domain/vocabulary.js';
import './tables.js';

/** sum(bigint) is numeric in PostgreSQL; cast back so both engines hand us a number. */
const sumOf = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)::bigint`;

export interface NewAidEntry {
  id: string;
  organizationId: string;
  budgetId: string;
  occurredOn: string;
  kind: AidEntryKind;
  requestId: string | null;
  memo: string;
  reversesEntryId?: string;
  recordedBy: string | null;
  now: Date;
}

export interface NewRequest {
  id: string;
  organizationId: string;
  personId: string;
  programId: string;
  ownerOrganizationId: string;
  householdKey: string;
  householdSize: number;
  travellerPersonIds: string[];
  dependantsCount: number;
  purpose: AidPurpose;
  stayId: string | null;
  regionCountry: string;
  regionCode: string;
  note: string | null;
  filedOn: string;
  filedBy: string;
  now: Date;
  lines: {
    kind: CostKind;
    description: string | null;
    amountCents: number;
    receiptDocumentId: string | null;
  }[];
}

const requestColumns = [
  'r.id',
  'r.organization_id as organizationId',
  'r.person_id as personId',
  'r.program_id as programId',
  'r.owner_organization_id as ownerOrganizationId',
  'r.household_key as householdKey',
  'r.household_size as householdSize',
  'r.traveller_person_ids as travellerPersonIds',
  'r.dependants_count as dependantsCount',
  'r.purpose',
  'r.stay_id as stayId',
  'r.region_country as regionCountry',
  'r.region_code as regionCode',
  'r.note',
  'r.status',
  'r.filed_on as filedOn',
  'r.filed_at as filedAt',
  'r.rule_version_id as ruleVersionId',
  'r.budget_id as budgetId',
  'r.decided_on as decidedOn',
  'r.decided_at as decidedAt',
  'r.approved_cents as approvedCents',
  'r.refusal_reason as refusalReason',
  'r.decision_note as decisionNote',
] as const;

export function aidRepository(db: Executor) {
  const repo = {
    // ---- rules
    async ruleVersions(programId: string) {
      const rows = await db
        .selectFrom('aid_rule_versions')
        .select([
          'id',
          'version',
          'effective_from as effectiveFrom',
          'rules',
          'created_by as createdBy',
          'created_at as createdAt',
        ])
        .where('program_id', '=', programId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({ ...r, rules: r.rules as AidRules }));
    },
    async ruleVersion(id: string) {
      const row = await db
        .selectFrom('aid_rule_versions')
        .select(['id', 'version', 'effective_from as effectiveFrom', 'rules'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { ...row, rules: row.rules as AidRules };
    },
    /** Serializes new versions of one program's rules: the owner's row of the program's budgets is not enough before the first. */
    async lockProgram(programId: string) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`aid-rules:${programId}`}))`.execute(db);
    },
    async insertRuleVersion(row: {
      id: string;
      organizationId: string;
      programId: string;
      version: number;
      effectiveFrom: string;
      rules: AidRules;
      createdBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_rule_versions')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          version: row.version,
          effective_from: row.effectiveFrom,
          rules: JSON.stringify(row.rules),
          created_by: row.createdBy,
          created_at: row.now,
        })
        .execute();
    },

    // ---- budgets and journal
    async budgetsOf(programId: string) {
      return db
        .selectFrom('aid_budgets')
        .select(['id', 'organization_id as organizationId', 'program_id as programId', 'year'])
        .where('program_id', '=', programId)
        .orderBy('year', 'desc')
        .execute();
    },
    async budget(budgetId: string, lock = false) {
      let q = db
        .selectFrom('aid_budgets')
        .select(['id', 'organization_id as organizationId', 'program_id as programId', 'year'])
        .where('id', '=', budgetId);
      if (lock) q = q.forUpdate();
      return q.executeTakeFirst();
    },
    async budgetOfYear(programId: string, year: number, lock = false) {
      let q = db
        .selectFrom('aid_budgets')
        .select(['id', 'organization_id as organizationId', 'program_id as programId', 'year'])
        .where('program_id', '=', programId)
        .where('year', '=', year);
      if (lock) q = q.forUpdate();
      return q.executeTakeFirst();
    },
    async insertBudget(row: {
      id: string;
      organizationId: string;
      programId: string;
      year: number;
      createdBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_budgets')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          year: row.year,
          created_by: row.createdBy,
          created_at: row.now,
        })
        .onConflict((oc) => oc.columns(['program_id', 'year', 'organization_id']).doNothing())
        .execute();
    },
    async post(entry: NewAidEntry, lines: readonly AidLine[]): Promise<string> {
      assertBalanced(lines);
      await db
        .insertInto('aid_journal_entries')
        .values({
          id: entry.id,
          organization_id: entry.organizationId,
          budget_id: entry.budgetId,
          occurred_on: entry.occurredOn,
          kind: entry.kind,
          request_id: entry.requestId,
          memo: entry.memo,
          reverses_entry_id: entry.reversesEntryId ?? null,
          recorded_by: entry.recordedBy,
          recorded_at: entry.now,
        })
        .execute();
      await db
        .insertInto('aid_journal_lines')
        .values(
          lines.map((l, i) => ({
            entry_id: entry.id,
            line_no: i + 1,
            organization_id: entry.organizationId,
            budget_id: entry.budgetId,
            occurred_on: entry.occurredOn,
            account: l.account,
            request_id: l.requestId,
            debit_cents: l.debitCents,
            credit_cents: l.creditCents,
          })),
        )
        .execute();
      return entry.id;
    },
    async linesOf(entryId: string): Promise<AidLine[]> {
      const rows = await db
        .selectFrom('aid_journal_lines')
        .select([
          'account',
          'request_id as requestId',
          'debit_cents as debitCents',
          'credit_cents as creditCents',
        ])
        .where('entry_id', '=', entryId)
        .orderBy('line_no')
        .execute();
      return rows.map((r) => ({
        ...r,
        debitCents: Number(r.debitCents),
        creditCents: Number(r.creditCents),
      }));
    },
    async balances(budgetId: string): Promise<AccountBalance<AidAccount>[]> {
      const rows = await db
        .selectFrom('aid_journal_lines')
        .select(['account', sumOf('debit_cents').as('debitCents'), sumOf('credit_cents').as('creditCents')])
        .where('budget_id', '=', budgetId)
        .groupBy('account')
        .execute();
      return balancesFromSums(aidChart, rows);
    },
    async journal(budgetId: string) {
      const rows = await db
        .selectFrom('aid_journal_lines as l')
        .innerJoin('aid_journal_entries as e', 'e.id', 'l.entry_id')
        .select([
          'e.id as entryId',
          'e.sequence',
          'e.occurred_on as occurredOn',
          'e.kind',
          'e.memo',
          'e.request_id as requestId',
          'e.reverses_entry_id as reversesEntryId',
          'l.line_no as lineNo',
          'l.account',
          'l.debit_cents as debitCents',
          'l.credit_cents as creditCents',
        ])
        .where('l.budget_id', '=', budgetId)
        .orderBy('e.occurred_on')
        .orderBy('e.sequence')
        .orderBy('l.line_no')
        .execute();
      return rows.map((r) => ({
        ...r,
        sequence: Number(r.sequence),
        debitCents: Number(r.debitCents),
        creditCents: Number(r.creditCents),
      }));
    },
    async insertAllocation(row: {
      id: string;
      organizationId: string;
      budgetId: string;
      funder: string;
      amountCents: number;
      allocatedOn: string;
      entryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_allocations')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          budget_id: row.budgetId,
          funder: row.funder,
          amount_cents: row.amountCents,
          allocated_on: row.allocatedOn,
          entry_id: row.entryId,
          recorded_by: row.recordedBy,
          recorded_at: row.now,
        })
        .execute();
    },
    async allocationsOf(budgetId: string) {
      const rows = await db
        .selectFrom('aid_allocations')
        .select([
          'id',
          'funder',
          'amount_cents as amountCents',
          'allocated_on as allocatedOn',
          'entry_id as entryId',
        ])
        .where('budget_id', '=', budgetId)
        .orderBy('allocated_on')
        .orderBy('recorded_at')
        .execute();
      return rows.map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
    },

    // ---- requests
    async insertRequest(r: NewRequest) {
      await db
        .insertInto('aid_requests')
        .values({
          id: r.id,
          organization_id: r.organizationId,
          person_id: r.personId,
          program_id: r.programId,
          owner_organization_id: r.ownerOrganizationId,
          household_key: r.householdKey,
          household_size: r.householdSize,
          traveller_person_ids: JSON.stringify(r.travellerPersonIds),
          dependants_count: r.dependantsCount,
          purpose: r.purpose,
          stay_id: r.stayId,
          region_country: r.regionCountry,
          region_code: r.regionCode,
          note: r.note,
          status: 'submitted',
          filed_on: r.filedOn,
          filed_by: r.filedBy,
          filed_at: r.now,
          rule_version_id: null,
          budget_id: null,
          decided_on: null,
          decided_by: null,
          decided_at: null,
          approved_cents: null,
          refusal_reason: null,
          decision_note: null,
        })
        .execute();
      await db
        .insertInto('aid_request_lines')
        .values(
          r.lines.map((l, i) => ({
            request_id: r.id,
            line_no: i + 1,
            organization_id: r.organizationId,
            kind: l.kind,
            description: l.description,
            amount_cents: l.amountCents,
            receipt_document_id: l.receiptDocumentId,
            assessed_cents: null,
            reasons: null,
            approved_cents: null,
          })),
        )
        .execute();
    },
    /** A request the organization filed (member) or must decide (owner); locked when asked. */
    async request(requestId: string, lock = false) {
      let q = db.selectFrom('aid_requests as r').select(requestColumns).where('r.id', '=', requestId);
      if (lock) q = q.forUpdate();
      const row = await q.executeTakeFirst();
      return row && normalize(row);
    },
    async linesOfRequest(requestId: string) {
      const rows = await db
        .selectFrom('aid_request_lines')
        .select([
          'line_no as lineNo',
          'kind',
          'description',
          'amount_cents as amountCents',
          'receipt_document_id as receiptDocumentId',
          'assessed_cents as assessedCents',
          'reasons',
          'approved_cents as approvedCents',
        ])
        .where('request_id', '=', requestId)
        .orderBy('line_no')
        .execute();
      return rows.map((l) => ({
        ...l,
        amountCents: Number(l.amountCents),
        assessedCents: l.assessedCents === null ? null : Number(l.assessedCents),
        approvedCents: l.approvedCents === null ? null : Number(l.approvedCents),
        reasons: (l.reasons as AssessmentReason[] | null) ?? null,
      }));
    },
    async requestsOfPerson(organizationId: string, personId: string) {
      const rows = await db
        .selectFrom('aid_requests as r')
        .select(requestColumns)
        .where('r.organization_id', '=', organizationId)
        .where('r.person_id', '=', personId)
        .orderBy('r.filed_at', 'desc')
        .execute();
      return rows.map(normalize);
    },
    /** The requests an organization filed, or those it decides as a program's owner. */
    async requestsFor(q: {
      organizationId: string;
      side: 'filed' | 'to_decide';
      status?: RequestStatus;
      programId?: string;
      limit: number;
    }) {
      let query = db
        .selectFrom('aid_requests as r')
        .select(requestColumns)
        .where(q.side === 'filed' ? 'r.organization_id' : 'r.owner_organization_id', '=', q.organizationId);
      if (q.status) query = query.where('r.status', '=', q.status);
      if (q.programId) query = query.where('r.program_id', '=', q.programId);
      const rows = await query.orderBy('r.filed_at').orderBy('r.id').limit(q.limit).execute();
      return rows.map(normalize);
    },
    /** What the household already received in the program (other requests): granted in the period, trips granted in all. */
    async householdHistory(
      programId: string,
      householdKey: string,
      exceptRequestId: string,
      year: number | null,
    ) {
      const row = await db
        .selectFrom('aid_requests as r')
        .leftJoin('aid_budgets as b', 'b.id', 'r.budget_id')
        .select([
          year === null
            ? sumOf('r.approved_cents').as('granted')
            : sql<number>`coalesce(sum(r.approved_cents) FILTER (WHERE b.year = ${year}), 0)::bigint`.as(
                'granted',
              ),
          sql<number>`count(*) FILTER (WHERE r.purpose = 'exploratory_stay')`.as('trips'),
        ])
        .where('r.program_id', '=', programId)
        .where('r.household_key', '=', householdKey)
        .where('r.status', 'in', ['approved', 'paid'])
        .where('r.id', '<>', exceptRequestId)
        .executeTakeFirstOrThrow();
      return { grantedCents: Number(row.granted), tripsGranted: Number(row.trips) };
    },
    async assessLines(
      requestId: string,
      lines: {
        lineNo: number;
        assessedCents: number;
        reasons: AssessmentReason[];
        approvedCents: number | null;
      }[],
    ) {
      for (const l of lines) {
        await db
          .updateTable('aid_request_lines')
          .set({
            assessed_cents: l.assessedCents,
            reasons: JSON.stringify(l.reasons),
            approved_cents: l.approvedCents,
          })
          .where('request_id', '=', requestId)
          .where('line_no', '=', l.lineNo)
          .execute();
      }
    },
    async decide(
      requestId: string,
      d: {
        status: 'approved' | 'refused';
        ruleVersionId: string | null;
        budgetId: string | null;
        approvedCents: number | null;
        refusalReason: string | null;
        note: string | null;
        decidedOn: string;
        decidedBy: string;
        now: Date;
      },
    ) {
      await db
        .updateTable('aid_requests')
        .set({
          status: d.status,
          rule_version_id: d.ruleVersionId,
          budget_id: d.budgetId,
          approved_cents: d.approvedCents,
          refusal_reason: d.refusalReason as never,
          decision_note: d.note,
          decided_on: d.decidedOn,
          decided_by: d.decidedBy,
          decided_at: d.now,
        })
        .where('id', '=', requestId)
        .execute();
    },
    async setStatus(requestId: string, status: RequestStatus) {
      await db.updateTable('aid_requests').set({ status }).where('id', '=', requestId).execute();
    },

    // ---- payments
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
    async paymentsOf(requestId: string) {
      const rows = await db
        .selectFrom('aid_payments as p')
        .leftJoin('aid_payment_reversals as v', 'v.payment_id', 'p.id')
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
        .where('p.request_id', '=', requestId)
        .orderBy('p.recorded_at')
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

    // ---- the person's rights
    /** Free texts of the file's requests erased; amounts, days and the journal stay (the budget needs them). */
    async eraseTextsOfPerson(organizationId: string, personId: string) {
      const ids = db
        .selectFrom('aid_requests')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId);
      await db
        .updateTable('aid_requests')
        .set({ note: null, decision_note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      await db
        .updateTable('aid_request_lines')
        .set({ description: null })
        .where('request_id', 'in', ids)
        .execute();
    },

    // ---- facts and reports
    /** Requests decided in [from, to] of these organizations (members), with what was approved and paid (net of reversals). */
    async facts(organizationIds: readonly string[], from: string, to: string, programId?: string) {
      if (organizationIds.length === 0) return [];
      let query = db
        .selectFrom('aid_requests as r')
        .select([
          'r.id as requestId',
          'r.person_id as personId',
          'r.household_key as householdKey',
          'r.organization_id as organizationId',
          'r.program_id as programId',
          'r.purpose',
          'r.region_country as regionCountry',
          'r.region_code as regionCode',
          'r.approved_cents as approvedCents',
          'r.decided_on as decidedOn',
          sql<number>`coalesce((SELECT sum(p.amount_cents) FROM aid_payments p WHERE p.request_id = r.id AND NOT EXISTS (SELECT 1 FROM aid_payment_reversals v WHERE v.payment_id = p.id)), 0)::bigint`.as(
            'paidCents',
          ),
          sql<
            string | null
          >`(SELECT max(p.paid_on) FROM aid_payments p WHERE p.request_id = r.id AND NOT EXISTS (SELECT 1 FROM aid_payment_reversals v WHERE v.payment_id = p.id))`.as(
            'paidOn',
          ),
        ])
        .where('r.organization_id', 'in', organizationIds)
        .where('r.status', 'in', ['approved', 'paid'])
        .where('r.decided_on', '>=', from)
        .where('r.decided_on', '<=', to);
      if (programId) query = query.where('r.program_id', '=', programId);
      const rows = await query.orderBy('r.decided_on').orderBy('r.id').execute();
      return rows.map((r) => ({
        ...r,
        approvedCents: Number(r.approvedCents ?? 0),
        paidCents: Number(r.paidCents),
        paidOn: r.paidOn === null ? null : String(r.paidOn).slice(0, 10),
      }));
    },
    /** The approved requests drawing on a budget, for its report (no names). */
    async requestsOfBudget(budgetId: string) {
      const rows = await db
        .selectFrom('aid_requests as r')
        .select(requestColumns)
        .where('r.budget_id', '=', budgetId)
        .where('r.status', 'in', ['approved', 'paid'])
        .orderBy('r.decided_on')
        .execute();
      return rows.map(normalize);
    },
    /** Amount reversed on a budget (sum of reversal entries' cash debits). */
    async reversedCents(budgetId: string) {
      const row = await db
        .selectFrom('aid_journal_lines as l')
        .innerJoin('aid_journal_entries as e', 'e.id', 'l.entry_id')
        .select(sumOf('l.debit_cents').as('cents'))
        .where('l.budget_id', '=', budgetId)
        .where('e.kind', '=', 'payment_reversal')
        .where('l.account', '=', 'budget_cash')
        .executeTakeFirstOrThrow();
      return Number(row.cents);
    },
  };
  return repo;
}

type RawRequest = {
  approvedCents: number | string | null;
  travellerPersonIds: unknown;
  filedOn: string;
  decidedOn: string | null;
} & Record<string, unknown>;

function normalize<R extends RawRequest>(row: R) {
  return {
    ...row,
    approvedCents: row.approvedCents === null ? null : Number(row.approvedCents),
    travellerPersonIds: row.travellerPersonIds as string[],
  };
}

export type AidRequestRow = NonNullable<Awaited<ReturnType<ReturnType<typeof aidRepository>['request']>>>;
