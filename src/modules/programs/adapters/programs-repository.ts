import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { mergedAwayFiles } from '../../people/api.js';
import type { EligibilityRule } from '../domain/eligibility.js';
import './tables.js';

export interface ProgramRecord {
  id: string;
  organizationId: string;
  consortiumId: string | null;
  code: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string | null;
  descriptionEn: string | null;
  countingUnit: 'person' | 'household';
  status: 'draft' | 'active' | 'closed';
  startsOn: string | null;
  endsOn: string | null;
  rules: EligibilityRule[];
  /** Reinforced accompaniment: at least this many contacts a month; null when the program sets none. */
  expectedContactsPerMonth: number | null;
}

export interface TargetRecord {
  id: string;
  memberOrganizationId: string | null;
  periodStart: string;
  periodEnd: string;
  targetCount: number;
  unit: 'person' | 'household';
}

const programColumns = [
  'id',
  'organization_id as organizationId',
  'consortium_id as consortiumId',
  'code',
  'name_fr as nameFr',
  'name_en as nameEn',
  'description_fr as descriptionFr',
  'description_en as descriptionEn',
  'counting_unit as countingUnit',
  'status',
  'starts_on as startsOn',
  'ends_on as endsOn',
  'eligibility_rules as rules',
  'expected_contacts_per_month as expectedContactsPerMonth',
] as const;

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const toRecord = (row: Omit<ProgramRecord, 'rules'> & { rules: unknown }): ProgramRecord => ({
  ...row,
  rules: parseJson<EligibilityRule[]>(row.rules),
});

/**
 * What is counted once: a person, or a household (a person without one counts as their own). Persons
 * are counted by their uuid, not its text: distinct text costs about three times as much. A file merged
 * into another (a merge in force) counts as the kept file: the query joins `mergedInto` first. A merged
 * file in a household of files keeps its household's key (the household is the unit).
 */
export const countingKey = (unit: 'person' | 'household') =>
  unit === 'household'
    ? sql<string>`coalesce(CASE WHEN household_key = person_id::text THEN merged_into.kept_person_id::text END, household_key, counting_key::text, person_id::text)`
    : sql<string>`coalesce(counting_key, merged_into.kept_person_id, person_id)`;

/** The enrolments with, for a file merged away, the file kept (`merged_into.kept_person_id`, else null). */
export const enrolmentsWithMergedInto = (db: Executor) =>
  db
    .selectFrom('enrolments')
    .leftJoin(mergedAwayFiles(db).as('merged_into'), 'merged_into.merged_person_id', 'enrolments.person_id');

export function programsRepository(db: Executor) {
  return {
    async codeInUse(organizationId: string, code: string): Promise<boolean> {
      const row = await db
        .selectFrom('programs')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('code', '=', code)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** False when the organization already has a program of this code (a request that raced the check). */
    async insertProgram(program: ProgramRecord, now: Date): Promise<boolean> {
      const insert = db.insertInto('programs').values({
        id: program.id,
        organization_id: program.organizationId,
        consortium_id: program.consortiumId,
        code: program.code,
        name_fr: program.nameFr,
        name_en: program.nameEn,
        description_fr: program.descriptionFr,
        description_en: program.descriptionEn,
        counting_unit: program.countingUnit,
        status: program.status,
        starts_on: program.startsOn,
        ends_on: program.endsOn,
        eligibility_rules: JSON.stringify(program.rules),
        expected_contacts_per_month: program.expectedContactsPerMonth,
        created_at: now,
        updated_at: now,
      });
      try {
        await insert.execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error, 'programs_organization_id_code_key')) return false;
        throw error;
      }
    },
    async updateProgram(
      id: string,
      changes: Partial<Omit<ProgramRecord, 'id' | 'organizationId'>>,
      now: Date,
    ) {
      await db
        .updateTable('programs')
        .set({
          ...(changes.nameFr !== undefined ? { name_fr: changes.nameFr } : {}),
          ...(changes.nameEn !== undefined ? { name_en: changes.nameEn } : {}),
          ...(changes.descriptionFr !== undefined ? { description_fr: changes.descriptionFr } : {}),
          ...(changes.descriptionEn !== undefined ? { description_en: changes.descriptionEn } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
          ...(changes.countingUnit !== undefined ? { counting_unit: changes.countingUnit } : {}),
          ...(changes.startsOn !== undefined ? { starts_on: changes.startsOn } : {}),
          ...(changes.endsOn !== undefined ? { ends_on: changes.endsOn } : {}),
          ...(changes.rules !== undefined ? { eligibility_rules: JSON.stringify(changes.rules) } : {}),
          ...(changes.expectedContactsPerMonth !== undefined
            ? { expected_contacts_per_month: changes.expectedContactsPerMonth }
            : {}),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },
    /** Programs run by the organization itself or by a consortium it belongs to. */
    async visiblePrograms(
      organizationId: string,
      consortiumIds: readonly string[],
    ): Promise<ProgramRecord[]> {
      const rows = await db
        .selectFrom('programs')
        .select(programColumns)
        .where((eb) =>
          eb.or([
            eb('organization_id', '=', organizationId),
            ...(consortiumIds.length > 0 ? [eb('consortium_id', 'in', consortiumIds)] : []),
          ]),
        )
        .orderBy('name_fr')
        .execute();
      return rows.map(toRecord);
    },
    async findProgram(id: string): Promise<ProgramRecord | undefined> {
      const row = await db
        .selectFrom('programs')
        .select(programColumns)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async referents(programId: string) {
      return db
        .selectFrom('program_referents')
        .select(['organization_id as organizationId', 'user_id as userId', 'assigned_at as assignedAt'])
        .where('program_id', '=', programId)
        .execute();
    },
    async setReferent(programId: string, organizationId: string, userId: string, now: Date) {
      await db
        .insertInto('program_referents')
        .values({ program_id: programId, organization_id: organizationId, user_id: userId, assigned_at: now })
        .onConflict((oc) =>
          oc.columns(['program_id', 'organization_id']).doUpdateSet({ user_id: userId, assigned_at: now }),
        )
        .execute();
    },
    async targets(programId: string): Promise<TargetRecord[]> {
      return db
        .selectFrom('program_targets')
        .select([
          'id',
          'member_organization_id as memberOrganizationId',
          'period_start as periodStart',
          'period_end as periodEnd',
          'target_count as targetCount',
          'unit',
        ])
        .where('program_id', '=', programId)
        .orderBy('period_start')
        .orderBy('member_organization_id', (ob) => ob.nullsFirst())
        .execute();
    },
    async replaceTargets(programId: string, ownerOrganizationId: string, targets: TargetRecord[]) {
      await db.deleteFrom('program_targets').where('program_id', '=', programId).execute();
      if (targets.length === 0) return;
      await db
        .insertInto('program_targets')
        .values(
          targets.map((t) => ({
            id: t.id,
            program_id: programId,
            organization_id: ownerOrganizationId,
            member_organization_id: t.memberOrganizationId,
            period_start: t.periodStart,
            period_end: t.periodEnd,
            target_count: t.targetCount,
            unit: t.unit,
          })),
        )
        .execute();
    },
    async insertEnrolment(row: {
      id: string;
      organizationId: string;
      programId: string;
      personId: string;
      householdKey: string | null;
      enrolledOn: string;
      intakeSource: string;
      intakePartnerOrganizationId: string | null;
      intakeNote: string | null;
      verdict: string;
      snapshot: unknown;
      overrideJustification: string | null;
      enrolledBy: string | null;
      now: Date;
      /** The person's files linked across organizations count under it (`EligibilityFacts.countingKey`). */
      countingKey?: string | null;
    }) {
      await db
        .insertInto('enrolments')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          person_id: row.personId,
          household_key: row.householdKey,
          status: 'enrolled',
          enrolled_on: row.enrolledOn,
          intake_source: row.intakeSource,
          intake_partner_organization_id: row.intakePartnerOrganizationId,
          intake_note: row.intakeNote,
          eligibility_verdict: row.verdict,
          eligibility_snapshot: JSON.stringify(row.snapshot),
          override_justification: row.overrideJustification,
          enrolled_by: row.enrolledBy,
          created_at: row.now,
          counting_key: row.countingKey ?? null,
        })
        .execute();
    },
    async openEnrolment(programId: string, personId: string) {
      return db
        .selectFrom('enrolments')
        .select(['id', 'organization_id as organizationId'])
        .where('program_id', '=', programId)
        .where('person_id', '=', personId)
        .where('status', '=', 'enrolled')
        .executeTakeFirst();
    },
    async findEnrolment(id: string) {
      return db
        .selectFrom('enrolments')
        .select([
          'id',
          'organization_id as organizationId',
          'program_id as programId',
          'person_id as personId',
          'status',
          'enrolled_on as enrolledOn',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async endEnrolment(id: string, status: 'exited' | 'withdrawn', endedOn: string, reason: string | null) {
      await db
        .updateTable('enrolments')
        .set({ status, ended_on: endedOn, end_reason: reason })
        .where('id', '=', id)
        .execute();
    },
    async enrolmentsOfPeople(organizationId: string, personIds: readonly string[]) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('enrolments as e')
        .innerJoin('programs as p', 'p.id', 'e.program_id')
        .select([
          'e.id',
          'e.person_id as personId',
          'e.program_id as programId',
          'p.name_fr as programNameFr',
          'p.name_en as programNameEn',
          'e.status',
          'e.enrolled_on as enrolledOn',
          'e.ended_on as endedOn',
          'e.end_reason as endReason',
          'e.intake_source as intakeSource',
          'e.eligibility_verdict as verdict',
          'e.override_justification as overrideJustification',
        ])
        .where('e.organization_id', '=', organizationId)
        .where('e.person_id', 'in', personIds)
        .orderBy('e.enrolled_on', 'desc')
        .execute();
    },
    enrolledPersonIds(filter: { organizationId: string; programId?: string; status?: string }) {
      return db
        .selectFrom('enrolments')
        .select('enrolments.person_id')
        .where('enrolments.organization_id', '=', filter.organizationId)
        .$if(filter.programId !== undefined, (q) => q.where('enrolments.program_id', '=', filter.programId!))
        .$if(filter.status !== undefined, (q) =>
          q.where('enrolments.status', '=', filter.status as 'enrolled' | 'exited' | 'withdrawn'),
        );
    },
    /**
     * Distinct units enrolled in a period, per member organization and in total, in one pass over the
     * program's enrolments of that period (GROUPING SETS: the total is not the sum of the members' when
     * a person or household is enrolled by two of them).
     */
    async countEnrolledInPeriod(
      programId: string,
      periodStart: string,
      periodEnd: string,
      unit: 'person' | 'household',
    ): Promise<{ total: number; byOrganization: Map<string, number> }> {
      const unitKey = countingKey(unit);
      const rows = await enrolmentsWithMergedInto(db)
        .select([
          'organization_id as organizationId',
          sql<boolean>`grouping(organization_id) = 1`.as('isTotal'),
          sql<string>`count(DISTINCT ${unitKey})`.as('count'),
        ])
        .where('program_id', '=', programId)
        // A continuation after a hand-off is not a new entry: its first organization counts it.
        .where('continues_enrolment_id', 'is', null)
        .where('enrolled_on', '>=', periodStart)
        .where('enrolled_on', '<=', periodEnd)
        .groupBy(sql`GROUPING SETS ((organization_id), ())`)
        .execute();
      const byOrganization = new Map<string, number>();
      let total = 0;
      for (const row of rows) {
        if (row.isTotal) total = Number(row.count);
        else byOrganization.set(row.organizationId, Number(row.count));
      }
      return { total, byOrganization };
    },
  };
}
