import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The sealed eligibility evaluations of enrolments, as a key rotation walks them (by id, in batches). */
export function eligibilitySnapshotRepository(db: Executor) {
  const underOtherKey = (currentKeyId: string) =>
    sql`eligibility_snapshot ->> 'sealed' IS NOT NULL
        AND split_part(eligibility_snapshot ->> 'sealed', '.', 2) <> ${currentKeyId}`;
  return {
    /** A rotation re-seals a restricted person's enrolments too (the privacy guard of 0027, lifted for this transaction). */
    async allowMaintenanceOfRestrictedPeople() {
      await sql`SELECT set_config('passerelle.privacy_override', 'on', true)`.execute(db);
    },
    async sealedUnderOtherKeys(
      currentKeyId: string,
      limit: number,
      afterId: string | null,
    ): Promise<{ id: string; snapshot: unknown }[]> {
      const { rows } = await sql<{ id: string; snapshot: unknown }>`
        SELECT id, eligibility_snapshot AS snapshot FROM enrolments
        WHERE ${underOtherKey(currentKeyId)} ${afterId ? sql`AND id > ${afterId}` : sql``}
        ORDER BY id LIMIT ${limit}
      `.execute(db);
      return rows;
    },
    async countSealedUnderOtherKeys(currentKeyId: string): Promise<number> {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM enrolments WHERE ${underOtherKey(currentKeyId)}
      `.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
    async reseal(id: string, snapshot: object) {
      await sql`UPDATE enrolments SET eligibility_snapshot = ${JSON.stringify(snapshot)}::jsonb WHERE id = ${id}`.execute(
        db,
      );
    },
  };
}
