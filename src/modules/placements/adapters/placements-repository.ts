import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { QualificationComparison } from '../../matching/domain/qualification-level.js';
import type { ContractType, WorkingTime } from '../../offers/domain/contract-types.js';
import type { Currency, PayPeriod } from '../../offers/domain/pay.js';
import type { PersonIdQuery } from '../../people/api.js';
import type { ContractDates } from '../domain/contract-rules.js';
import type { EarlyEndReason, SuspensionReason } from '../domain/vocabulary.js';
import './tables.js';

export interface PlacementFields {
  id: string;
  organizationId: string;
  personId: string;
  employerId: string;
  siteId: string | null;
  offerId: string | null;
  applicationId: string | null;
  country: 'FR' | 'US' | 'CA';
  jobTitle: string;
  escoId: string | null;
  iscoCode: string | null;
  contractType: ContractType;
  workingTime: WorkingTime;
  hoursPerWeek: number | null;
  wageCents: number | null;
  wagePeriod: PayPeriod | null;
  currency: Currency;
  startsOn: string;
  plannedEndOn: string | null;
  qualificationComparison: QualificationComparison;
  jobSkillLevel: number | null;
  personSkillLevel: number | null;
  qualificationEvidence: { iscedLevels: number[]; formerOccupationIscoCodes: string[] };
}

export interface RenewalRecord {
  id: string;
  previousEndOn: string;
  newEndOn: string;
  decidedOn: string;
}

export interface SuspensionRecord {
  id: string;
  fromOn: string;
  toOn: string;
  reason: SuspensionReason;
}

export interface PlacementRecord extends PlacementFields, ContractDates {
  endedEarlyOn: string | null;
  earlyEndReason: EarlyEndReason | null;
  renewals: RenewalRecord[];
  suspensions: SuspensionRecord[];
  createdBy: string;
  createdAt: Date;
}

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

const columns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'employer_id as employerId',
  'site_id as siteId',
  'offer_id as offerId',
  'application_id as applicationId',
  'country',
  'job_title as jobTitle',
  'esco_id as escoId',
  'isco_code as iscoCode',
  'contract_type as contractType',
  'working_time as workingTime',
  'hours_per_week as hoursPerWeek',
  'wage_cents as wageCents',
  'wage_period as wagePeriod',
  'currency',
  day('starts_on').as('startsOn'),
  sql<string | null>`to_char(planned_end_on, 'YYYY-MM-DD')`.as('plannedEndOn'),
  sql<string | null>`to_char(ended_early_on, 'YYYY-MM-DD')`.as('endedEarlyOn'),
  'early_end_reason as earlyEndReason',
  'qualification_comparison as qualificationComparison',
  'job_skill_level as jobSkillLevel',
  'person_skill_level as personSkillLevel',
  'qualification_evidence as qualificationEvidence',
  'created_by as createdBy',
  'created_at as createdAt',
] as const;

type Row = Record<string, unknown> & { id: string };

/** All SQL of the placements module. */
export function placementsRepository(db: Executor) {
  async function withChanges(rows: Row[]): Promise<PlacementRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [renewals, suspensions] = await Promise.all([
      db
        .selectFrom('placement_renewals')
        .select([
          'id',
          'placement_id as placementId',
          day('previous_end_on').as('previousEndOn'),
          day('new_end_on').as('newEndOn'),
          day('decided_on').as('decidedOn'),
        ])
        .where('placement_id', 'in', ids)
        .orderBy('new_end_on')
        .execute(),
      db
        .selectFrom('placement_suspensions')
        .select([
          'id',
          'placement_id as placementId',
          day('from_on').as('fromOn'),
          day('to_on').as('toOn'),
          'reason',
        ])
        .where('placement_id', 'in', ids)
        .orderBy('from_on')
        .execute(),
    ]);
    return rows.map(
      (row) =>
        ({
          ...row,
          wageCents: row.wageCents === null ? null : Number(row.wageCents),
          renewals: renewals.filter((r) => r.placementId === row.id).map(({ placementId: _, ...r }) => r),
          suspensions: suspensions
            .filter((s) => s.placementId === row.id)
            .map(({ placementId: _, ...s }) => s),
        }) as unknown as PlacementRecord,
    );
  }

  return {
    async insert(placement: PlacementFields, createdBy: string, now: Date) {
      await db
        .insertInto('placements')
        .values({
          id: placement.id,
          organization_id: placement.organizationId,
          person_id: placement.personId,
          employer_id: placement.employerId,
          site_id: placement.siteId,
          offer_id: placement.offerId,
          application_id: placement.applicationId,
          country: placement.country,
          job_title: placement.jobTitle,
          esco_id: placement.escoId,
          isco_code: placement.iscoCode,
          contract_type: placement.contractType,
          working_time: placement.workingTime,
          hours_per_week: placement.hoursPerWeek,
          wage_cents: placement.wageCents,
          wage_period: placement.wagePeriod,
          currency: placement.currency,
          starts_on: placement.startsOn,
          planned_end_on: placement.plannedEndOn,
          ended_early_on: null,
          early_end_reason: null,
          qualification_comparison: placement.qualificationComparison,
          job_skill_level: placement.jobSkillLevel,
          person_skill_level: placement.personSkillLevel,
          qualification_evidence: JSON.stringify(placement.qualificationEvidence),
          created_by: createdBy,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    /** The placement of the organization, locked for the change that follows when `lock`. */
    async find(id: string, organizationId: string, lock = false): Promise<PlacementRecord | undefined> {
      let query = db
        .selectFrom('placements')
        .select(columns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? (await withChanges([row as Row]))[0] : undefined;
    },

    async ofPerson(organizationId: string, personId: string): Promise<PlacementRecord[]> {
      const rows = await db
        .selectFrom('placements')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('starts_on', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return withChanges(rows as Row[]);
    },

    /** Every contract of these people, any organization's (the outcomes of a program read them all). */
    async ofPeople(personIds: readonly string[] | PersonIdQuery): Promise<PlacementRecord[]> {
      if (Array.isArray(personIds) && personIds.length === 0) return [];
      const rows = await db
        .selectFrom('placements')
        .select(columns)
        .where('person_id', 'in', personIds as PersonIdQuery)
        .orderBy('starts_on')
        .execute();
      return withChanges(rows as Row[]);
    },

    /**
     * The dates, type, wage and skill levels of every contract of these people, in one statement
     * (the latest renewal's end read beside each contract, no list of ids bound): what the outcome
     * measures of a whole program read. Ordered by start, then id.
     */
    async spellsOfPeople(personIds: PersonIdQuery) {
      const rows = await db
        .selectFrom('placements as p')
        .select([
          'p.person_id as personId',
          'p.employer_id as employerId',
          'p.contract_type as contractType',
          day('p.starts_on').as('startsOn'),
          sql<string | null>`to_char(p.planned_end_on, 'YYYY-MM-DD')`.as('plannedEndOn'),
          sql<string | null>`to_char(p.ended_early_on, 'YYYY-MM-DD')`.as('endedEarlyOn'),
          sql<
            string | null
          >`(SELECT to_char(max(r.new_end_on), 'YYYY-MM-DD') FROM placement_renewals r WHERE r.placement_id = p.id)`.as(
            'lastRenewalEndOn',
          ),
          'p.hours_per_week as hoursPerWeek',
          'p.wage_cents as wageCents',
          'p.wage_period as wagePeriod',
          'p.job_skill_level as jobSkillLevel',
          'p.person_skill_level as personSkillLevel',
        ])
        .where('p.person_id', 'in', personIds)
        .orderBy('p.starts_on')
        .orderBy('p.id')
        .execute();
      return rows.map((row) => ({
        ...row,
        contractType: row.contractType as ContractType,
        wagePeriod: row.wagePeriod as PayPeriod | null,
        wageCents: row.wageCents === null ? null : Number(row.wageCents),
      }));
    },

    /**
     * Contracts still running (not ended early) of these people whose term, renewals included, falls
     * between `from` and `to`; the caller applies each organization's window.
     */
    async withTermBetween(
      filter: { personIds?: readonly string[]; organizationId?: string },
      from: string,
      to: string,
    ): Promise<PlacementRecord[]> {
      if (filter.personIds?.length === 0) return [];
      let query = db
        .selectFrom('placements as p')
        .select(columns.map((c) => (typeof c === 'string' ? `p.${c}` : c)) as unknown as typeof columns)
        .where('p.ended_early_on', 'is', null)
        .where(termOf, '>=', from)
        .where(termOf, '<=', to);
      if (filter.personIds) query = query.where('p.person_id', 'in', filter.personIds);
      if (filter.organizationId) query = query.where('p.organization_id', '=', filter.organizationId);
      const rows = await query.orderBy('p.id').execute();
      return withChanges(rows as unknown as Row[]);
    },

    async insertRenewal(
      row: RenewalRecord & { placementId: string; organizationId: string },
      by: string,
      now: Date,
    ) {
      await db
        .insertInto('placement_renewals')
        .values({
          id: row.id,
          placement_id: row.placementId,
          organization_id: row.organizationId,
          previous_end_on: row.previousEndOn,
          new_end_on: row.newEndOn,
          decided_on: row.decidedOn,
          recorded_by: by,
          recorded_at: now,
        })
        .execute();
      await db.updateTable('placements').set({ updated_at: now }).where('id', '=', row.placementId).execute();
    },

    async insertSuspension(
      row: SuspensionRecord & { placementId: string; organizationId: string },
      by: string,
      now: Date,
    ) {
      await db
        .insertInto('placement_suspensions')
        .values({
          id: row.id,
          placement_id: row.placementId,
          organization_id: row.organizationId,
          from_on: row.fromOn,
          to_on: row.toOn,
          reason: row.reason,
          recorded_by: by,
          recorded_at: now,
        })
        .execute();
      await db.updateTable('placements').set({ updated_at: now }).where('id', '=', row.placementId).execute();
    },

    async endEarly(id: string, endedOn: string, reason: EarlyEndReason, now: Date) {
      await db
        .updateTable('placements')
        .set({ ended_early_on: endedOn, early_end_reason: reason, updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    async endAlertDays(organizationIds: readonly string[]): Promise<Map<string, number>> {
      if (organizationIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('placement_settings')
        .select(['organization_id', 'end_alert_days'])
        .where('organization_id', 'in', organizationIds)
        .execute();
      return new Map(rows.map((r) => [r.organization_id, r.end_alert_days]));
    },

    async setEndAlertDays(organizationId: string, days: number, by: string, now: Date) {
      await db
        .insertInto('placement_settings')
        .values({ organization_id: organizationId, end_alert_days: days, updated_by: by, updated_at: now })
        .onConflict((oc) =>
          oc.column('organization_id').doUpdateSet({ end_alert_days: days, updated_by: by, updated_at: now }),
        )
        .execute();
    },

    /** Person ids of the organization with a contract reaching its term within its window (caseload filter). */
    personIdsEndingWithin(organizationId: string, today: string, defaultDays: number) {
      return db
        .selectFrom('placements as p')
        .select('p.person_id')
        .where('p.organization_id', '=', organizationId)
        .where('p.ended_early_on', 'is', null)
        .where(termOf, '>=', today)
        .where(
          termOf,
          '<=',
          sql<string>`(${today}::date + coalesce((SELECT s.end_alert_days FROM placement_settings s WHERE s.organization_id = p.organization_id), ${defaultDays})::int)`,
        );
    },

    /** The person's placements lose their job title (which may tell who they are); figures stay. */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('placements')
        .set({ job_title: '—' })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

/** A contract's term after renewals: the latest renewal's new end, or its planned end. */
const termOf = sql<string>`coalesce((SELECT max(r.new_end_on) FROM placement_renewals r WHERE r.placement_id = p.id), p.planned_end_on)`;
