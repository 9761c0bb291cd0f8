import type { Executor } from '../../../core/db/types.js';
import { defaultMatchWeights, type MatchWeights, matchCriteria } from '../domain/criteria.js';
import type { HeldCredential } from '../domain/wishes-fit.js';
import './tables.js';

export interface JobWishes {
  mobilityKm: number | null;
  contractTypes: string[];
  workingTime: 'full_time' | 'part_time' | null;
  minHoursPerWeek: number | null;
  maxHoursPerWeek: number | null;
  /** What the person can do, in their own words (compared with an offer's skills, folded). */
  skills: string[];
  credentials: HeldCredential[];
}

export const noWishes: JobWishes = {
  mobilityKm: null,
  contractTypes: [],
  workingTime: null,
  minHoursPerWeek: null,
  maxHoursPerWeek: null,
  skills: [],
  credentials: [],
};

const wishColumns = [
  'person_id as personId',
  'mobility_km as mobilityKm',
  'contract_types as contractTypes',
  'working_time as workingTime',
  'min_hours_per_week as minHoursPerWeek',
  'max_hours_per_week as maxHoursPerWeek',
  'skills',
  'credentials',
  'updated_at as updatedAt',
] as const;

export function matchingRepository(db: Executor) {
  return {
    async wishesOf(personId: string): Promise<(JobWishes & { updatedAt: Date }) | undefined> {
      const row = await db
        .selectFrom('person_job_wishes')
        .select(wishColumns)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!row) return undefined;
      const { personId: _id, ...wishes } = row;
      return wishes;
    },

    /** The wishes of the organization's people (all of them, or those given), by person. */
    async wishesOfMany(organizationId: string, personIds?: readonly string[]) {
      let query = db
        .selectFrom('person_job_wishes')
        .select(wishColumns)
        .where('organization_id', '=', organizationId);
      if (personIds) {
        if (personIds.length === 0) return new Map<string, JobWishes>();
        query = query.where('person_id', 'in', personIds);
      }
      const rows = await query.execute();
      return new Map<string, JobWishes>(
        rows.map(({ personId, updatedAt: _at, ...wishes }) => [personId, wishes]),
      );
    },

    async saveWishes(personId: string, organizationId: string, wishes: JobWishes, userId: string, now: Date) {
      const values = {
        mobility_km: wishes.mobilityKm,
        contract_types: JSON.stringify(wishes.contractTypes),
        working_time: wishes.workingTime,
        min_hours_per_week: wishes.minHoursPerWeek,
        max_hours_per_week: wishes.maxHoursPerWeek,
        skills: JSON.stringify(wishes.skills),
        credentials: JSON.stringify(wishes.credentials),
        updated_by: userId,
        updated_at: now,
      };
      await db
        .insertInto('person_job_wishes')
        .values({ person_id: personId, organization_id: organizationId, ...values })
        .onConflict((oc) => oc.columns(['person_id', 'organization_id']).doUpdateSet(values))
        .execute();
    },

    async deleteWishes(personId: string, organizationId: string) {
      const result = await db
        .deleteFrom('person_job_wishes')
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** The organization's weights; the domain's defaults while nobody changed them. */
    async weightsOf(organizationId: string): Promise<{ weights: MatchWeights; customized: boolean }> {
      const row = await db
        .selectFrom('match_weights')
        .select([...matchCriteria])
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      return row
        ? { weights: row, customized: true }
        : { weights: { ...defaultMatchWeights }, customized: false };
    },

    async saveWeights(organizationId: string, weights: MatchWeights, userId: string, now: Date) {
      const values = { ...weights, updated_by: userId, updated_at: now };
      await db
        .insertInto('match_weights')
        .values({ organization_id: organizationId, ...values })
        .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
        .execute();
    },
  };
}
