import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { AidPurpose, AssessmentReason, CostKind, RequestStatus } from '../domain/vocabulary.js';
import './tables.js';

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

export const requestColumns = [
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
  'r.released_cents as releasedCents',
  'r.refusal_reason as refusalReason',
  'r.decision_note as decisionNote',
] as const;

/** Aid granted by a request: approved, less what a cancellation released. */
export const grantedSql = sql<number>`(coalesce(r.approved_cents, 0) - coalesce(r.released_cents, 0))`;

/**
 * A member's requests and their lines: rows of the organization that filed them, every read and write
 * keyed by it as well as the id (ADR 12). The deciding owner reaches one through the organizations it
 * may read (its consortia's members), never by the id alone.
 */
export function requestRepository(db: Executor) {
  return {
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
    /** A request of one of these organizations (the reader's own, or those whose requests it may decide); locked when asked. */
    async request(organizationIds: readonly string[], requestId: string, lock = false) {
      if (organizationIds.length === 0) return undefined;
      let q = db
        .selectFrom('aid_requests as r')
        .select(requestColumns)
        .where('r.organization_id', 'in', organizationIds)
        .where('r.id', '=', requestId);
      if (lock) q = q.forUpdate();
      const row = await q.executeTakeFirst();
      return row && normalize(row);
    },
    async linesOfRequest(organizationId: string, requestId: string) {
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
        .where('organization_id', '=', organizationId)
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
    /** The requests an organization filed, or those of these members it decides as a program's owner. */
    async requestsFor(q: {
      organizationId: string;
      memberOrganizationIds: readonly string[];
      side: 'filed' | 'to_decide';
      status?: RequestStatus;
      programId?: string;
      limit: number;
    }) {
      let query = db.selectFrom('aid_requests as r').select(requestColumns);
      query =
        q.side === 'filed'
          ? query.where('r.organization_id', '=', q.organizationId)
          : query
              .where('r.organization_id', 'in', [...new Set([q.organizationId, ...q.memberOrganizationIds])])
              .where('r.owner_organization_id', '=', q.organizationId);
      if (q.status) query = query.where('r.status', '=', q.status);
      if (q.programId) query = query.where('r.program_id', '=', q.programId);
      const rows = await query.orderBy('r.filed_at').orderBy('r.id').limit(q.limit).execute();
      return rows.map(normalize);
    },
    /** What the household already received in the program (other requests): granted in the period, trips granted in all. */
    async householdHistory(
      organizationId: string,
      programId: string,
      householdKey: string,
      exceptRequestId: string,
      year: number | null,
    ) {
      const row = await db
        .selectFrom('aid_requests as r')
        .leftJoin('aid_budgets as b', (j) =>
          j.onRef('b.id', '=', 'r.budget_id').onRef('b.organization_id', '=', 'r.owner_organization_id'),
        )
        .select([
          year === null
            ? sql<number>`coalesce(sum(${grantedSql}), 0)::bigint`.as('granted')
            : sql<number>`coalesce(sum(${grantedSql}) FILTER (WHERE b.year = ${year}), 0)::bigint`.as(
                'granted',
              ),
          sql<number>`count(*) FILTER (WHERE r.purpose = 'exploratory_stay' AND ${grantedSql} > 0)`.as(
            'trips',
          ),
        ])
        .where('r.organization_id', '=', organizationId)
        .where('r.program_id', '=', programId)
        .where('r.household_key', '=', householdKey)
        .where('r.status', 'in', ['approved', 'paid', 'cancelled'])
        .where('r.id', '<>', exceptRequestId)
        .executeTakeFirstOrThrow();
      return { grantedCents: Number(row.granted), tripsGranted: Number(row.trips) };
    },
    async assessLines(
      organizationId: string,
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
          .where('organization_id', '=', organizationId)
          .where('request_id', '=', requestId)
          .where('line_no', '=', l.lineNo)
          .execute();
      }
    },
    async decide(
      organizationId: string,
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
        .where('organization_id', '=', organizationId)
        .where('id', '=', requestId)
        .execute();
    },
    async setStatus(organizationId: string, requestId: string, status: RequestStatus) {
      await db
        .updateTable('aid_requests')
        .set({ status })
        .where('organization_id', '=', organizationId)
        .where('id', '=', requestId)
        .execute();
    },
    async markCancelled(organizationId: string, requestId: string, releasedCents: number) {
      await db
        .updateTable('aid_requests')
        .set({ status: 'cancelled', released_cents: releasedCents })
        .where('organization_id', '=', organizationId)
        .where('id', '=', requestId)
        .execute();
    },
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
        .where('organization_id', '=', organizationId)
        .where('request_id', 'in', ids)
        .execute();
    },
  };
}

type RawRequest = {
  approvedCents: number | string | null;
  releasedCents: number | string | null;
  travellerPersonIds: unknown;
  filedOn: string;
  decidedOn: string | null;
} & Record<string, unknown>;

export function normalize<R extends RawRequest>(row: R) {
  return {
    ...row,
    approvedCents: row.approvedCents === null ? null : Number(row.approvedCents),
    releasedCents: row.releasedCents === null ? 0 : Number(row.releasedCents),
    travellerPersonIds: row.travellerPersonIds as string[],
  };
}

export type AidRequestRow = NonNullable<Awaited<ReturnType<ReturnType<typeof requestRepository>['request']>>>;
