import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The sealed fields of people and barriers, as a key rotation walks them (by id, in batches). */
export type SealedFieldKind = 'person_status' | 'barrier';

const targets = {
  person_status: { table: 'people', column: 'sealed_status' },
  barrier: { table: 'person_barriers', column: 'sealed_detail' },
} as const;

export function sealedFieldsRepository(db: Executor) {
  return {
    /**
     * A key rotation re-seals a restricted person's values too: it changes nothing they could see,
     * and the privacy guard (migration 0027) is lifted for this transaction only.
     */
    async allowMaintenanceOfRestrictedPeople() {
      await sql`SELECT set_config('passerelle.privacy_override', 'on', true)`.execute(db);
    },
    async sealedUnderOtherKeys(
      kind: SealedFieldKind,
      currentKeyId: string,
      limit: number,
      afterId: string | null,
    ): Promise<{ id: string; sealed: string }[]> {
      const { table, column } = targets[kind];
      const { rows } = await sql<{ id: string; sealed: string }>`
        SELECT id, ${sql.ref(column)} AS sealed FROM ${sql.table(table)}
        WHERE ${sql.ref(column)} IS NOT NULL AND split_part(${sql.ref(column)}, '.', 2) <> ${currentKeyId}
          ${afterId ? sql`AND id > ${afterId}` : sql``}
        ORDER BY id LIMIT ${limit}
      `.execute(db);
      return rows;
    },
    async countSealedUnderOtherKeys(kind: SealedFieldKind, currentKeyId: string): Promise<number> {
      const { table, column } = targets[kind];
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(table)}
        WHERE ${sql.ref(column)} IS NOT NULL AND split_part(${sql.ref(column)}, '.', 2) <> ${currentKeyId}
      `.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
    async reseal(kind: SealedFieldKind, id: string, sealed: string) {
      const { table, column } = targets[kind];
      await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${sealed} WHERE id = ${id}`.execute(db);
    },
  };
}
