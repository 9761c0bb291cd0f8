import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { grantedSql } from './request-repository.js';
import './tables.js';

/** Payments in force of the request `r`, on its owner's rows (ADR 12: keyed by organization). */
const inForce = sql`FROM aid_payments p WHERE p.organization_id = r.owner_organization_id AND p.request_id = r.id
  AND NOT EXISTS (SELECT 1 FROM aid_payment_reversals v WHERE v.organization_id = p.organization_id AND v.payment_id = p.id)`;

/** Figures of granted requests, no names: for the aid report and the lead's household figures. */
export function factsRepository(db: Executor) {
  return {
    /**
     * Requests of these organizations (members) decided in [from, to] that granted aid, with what was
     * granted (approved, less what a cancellation released) and paid (net of reversals).
     */
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
          grantedSql.as('approvedCents'),
          'r.decided_on as decidedOn',
          sql<number>`coalesce((SELECT sum(p.amount_cents) ${inForce}), 0)::bigint`.as('paidCents'),
          sql<string | null>`(SELECT max(p.paid_on) ${inForce})`.as('paidOn'),
        ])
        .where('r.organization_id', 'in', organizationIds)
        .where('r.status', 'in', ['approved', 'paid', 'cancelled'])
        .where(grantedSql, '>', 0)
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
  };
}
