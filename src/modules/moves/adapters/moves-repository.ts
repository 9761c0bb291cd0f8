import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { MoveFact } from '../domain/household-figures.js';
import type { HouseholdMovesTable } from './tables.js';
import './tables.js';

export type MoveRow = Omit<HouseholdMovesTable, 'member_person_ids' | 'moved_on' | 'recorded_at'> & {
  moved_on: string;
  recorded_at: Date;
  member_person_ids: string[];
};

const parsedMembers = (value: unknown): string[] =>
  (typeof value === 'string' ? JSON.parse(value) : value) as string[];

const asRow = (row: Record<string, unknown>): MoveRow => ({
  ...(row as unknown as MoveRow),
  moved_on: String(row.moved_on).slice(0, 10),
  member_person_ids: parsedMembers(row.member_person_ids),
});

/** Moves of households, each kept by the organization that recorded it. */
export function movesRepository(db: Executor) {
  return {
    async insert(row: Omit<MoveRow, 'cancel_reason' | 'cancelled_by' | 'cancelled_at'>): Promise<void> {
      await db
        .insertInto('household_moves')
        .values({ ...row, member_person_ids: JSON.stringify(row.member_person_ids) })
        .execute();
    },
    async find(id: string, organizationId: string, lock = false): Promise<MoveRow | undefined> {
      let query = db
        .selectFrom('household_moves')
        .selectAll()
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? asRow(row) : undefined;
    },
    async ofPerson(personId: string, organizationId: string): Promise<MoveRow[]> {
      const rows = await db
        .selectFrom('household_moves')
        .selectAll()
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        .orderBy('moved_on', 'desc')
        .orderBy('recorded_at', 'desc')
        .execute();
      return rows.map(asRow);
    },
    /** Moves naming the person as a member of the household (their own file or another member's). */
    async naming(personId: string, organizationId: string): Promise<MoveRow[]> {
      const rows = await db
        .selectFrom('household_moves')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where((eb) =>
          eb.or([
            eb('person_id', '=', personId),
            sql<boolean>`member_person_ids @> ${JSON.stringify([personId])}::jsonb`,
          ]),
        )
        .orderBy('moved_on', 'desc')
        .execute();
      return rows.map(asRow);
    },
    async cancel(id: string, organizationId: string, by: string, at: Date, reason: string): Promise<void> {
      await db
        .updateTable('household_moves')
        .set({ status: 'cancelled', cancelled_by: by, cancelled_at: at, cancel_reason: reason })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    /** The program's recorded moves by these organizations, as the figures count them (no names). */
    async factsOfProgram(
      programId: string,
      organizationIds: readonly string[],
    ): Promise<(MoveFact & { enrolmentId: string | null; regionName: string })[]> {
      if (organizationIds.length === 0) return [];
      const rows = await db
        .selectFrom('household_moves')
        .select([
          'household_key as householdKey',
          'moved_on as movedOn',
          'region_country as regionCountry',
          'region_code as regionCode',
          'region_name as regionName',
          'organization_id as organizationId',
          'enrolment_id as enrolmentId',
        ])
        .where('program_id', '=', programId)
        .where('organization_id', 'in', organizationIds)
        .where('status', '=', 'recorded')
        .execute();
      return rows.map((r) => ({ ...r, movedOn: String(r.movedOn).slice(0, 10) }));
    },
    /** Privacy: the person's moves' free text cleared (the move itself stays, for the figures). */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('household_moves')
        .set({
          note: null,
          activity_note: null,
          cancel_reason: sql`CASE WHEN cancel_reason IS NULL THEN NULL ELSE '—' END`,
        })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
