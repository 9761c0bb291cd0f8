import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface ApplicationCost {
  purpose: string;
  description: string;
  amountCents: number;
  payee: string | null;
}

export interface ApplicationRecord {
  id: string;
  fundId: string;
  productId: string;
  /** The fund's operating organization: the application is a row of its books (ADR 12). */
  organizationId: string;
  /** The organization that filed the application, whose person borrows. */
  borrowerOrganizationId: string;
  personId: string;
  borrowerName: string;
  reference: string;
  requestedCents: number;
  termMonths: number;
  costs: ApplicationCost[];
  planReference: string | null;
  status: 'submitted' | 'approved' | 'declined' | 'withdrawn';
  filedBy: string;
  filedOn: string;
  decidedBy: string | null;
  decidedOn: string | null;
  decisionReasons: string | null;
  committeeMembers: string[] | null;
  approvedCents: number | null;
}

const columns = [
  'a.id',
  'a.fund_id as fundId',
  'a.product_id as productId',
  'a.organization_id as organizationId',
  'a.borrower_organization_id as borrowerOrganizationId',
  'a.person_id as personId',
  'a.borrower_name as borrowerName',
  'a.reference',
  'a.requested_cents as requestedCents',
  'a.term_months as termMonths',
  'a.costs',
  'a.plan_reference as planReference',
  'a.status',
  'a.filed_by as filedBy',
  'a.filed_on as filedOn',
  'a.decided_by as decidedBy',
  'a.decided_on as decidedOn',
  'a.decision_reasons as decisionReasons',
  'a.committee_members as committeeMembers',
  'a.approved_cents as approvedCents',
] as const;

const parseCosts = (value: unknown): ApplicationCost[] =>
  (typeof value === 'string' ? JSON.parse(value) : value) as ApplicationCost[];

/** Applications and their decisions. */
export function applicationsRepository(db: Executor) {
  const base = () => db.selectFrom('loan_applications as a').select(columns);
  const toRecord = <R extends { costs: unknown }>(row: R) =>
    ({ ...row, costs: parseCosts(row.costs) }) as unknown as ApplicationRecord;
  return {
    async insert(a: ApplicationRecord, now: Date) {
      await db
        .insertInto('loan_applications')
        .values({
          id: a.id,
          fund_id: a.fundId,
          product_id: a.productId,
          organization_id: a.organizationId,
          borrower_organization_id: a.borrowerOrganizationId,
          person_id: a.personId,
          borrower_name: a.borrowerName,
          reference: a.reference,
          requested_cents: a.requestedCents,
          term_months: a.termMonths,
          costs: JSON.stringify(a.costs),
          plan_reference: a.planReference,
          status: a.status,
          filed_by: a.filedBy,
          filed_on: a.filedOn,
          filed_at: now,
        })
        .execute();
    },

    async find(id: string, forUpdate = false): Promise<ApplicationRecord | undefined> {
      let query = base().where('a.id', '=', id);
      if (forUpdate) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async countInFund(fundId: string): Promise<number> {
      const row = await db
        .selectFrom('loan_applications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('fund_id', '=', fundId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async recordDecision(
      id: string,
      d: {
        status: 'approved' | 'declined';
        decidedBy: string;
        decidedOn: string;
        reasons: string;
        committeeMembers: string[];
        approvedCents: number | null;
      },
    ) {
      await db
        .updateTable('loan_applications')
        .set({
          status: d.status,
          decided_by: d.decidedBy,
          decided_on: d.decidedOn,
          decision_reasons: d.reasons,
          committee_members: d.committeeMembers,
          approved_cents: d.approvedCents,
        })
        .where('id', '=', id)
        .execute();
    },

    async page(fundId: string, status: string | undefined, page: number, pageSize: number) {
      let query = base().where('a.fund_id', '=', fundId);
      let count = db
        .selectFrom('loan_applications as a')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('a.fund_id', '=', fundId);
      if (status) {
        query = query.where('a.status', '=', status as ApplicationRecord['status']);
        count = count.where('a.status', '=', status as ApplicationRecord['status']);
      }
      const [rows, total] = await Promise.all([
        query
          .orderBy(sql`a.status = 'submitted'`, 'desc')
          .orderBy('a.filed_on')
          .orderBy('a.id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        count.executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toRecord), total: Number(total.n) };
    },

    /** The applications a (participating) organization filed for its person, in every fund. */
    async ofPerson(borrowerOrganizationId: string, personId: string): Promise<ApplicationRecord[]> {
      const rows = await base()
        .where('a.borrower_organization_id', '=', borrowerOrganizationId)
        .where('a.person_id', '=', personId)
        .orderBy('a.filed_on', 'desc')
        .execute();
      return rows.map(toRecord);
    },

    async loanIdsOf(applicationIds: readonly string[]): Promise<Map<string, string>> {
      if (applicationIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('loans')
        .select(['id', 'application_id'])
        .where('application_id', 'in', applicationIds)
        .execute();
      return new Map(rows.map((r) => [r.application_id, r.id]));
    },
  };
}
