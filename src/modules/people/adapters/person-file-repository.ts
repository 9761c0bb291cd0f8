import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import type { BarrierRow } from './people-repository.js';
import { openBarrierDetail } from './sealed-fields.js';
import './tables.js';

/** A row read back from JSON: its creation time is a string there, a Date everywhere else. */
const withCreatedAt = <T extends { created_at: unknown }>(row: T): T & { created_at: Date } => ({
  ...row,
  created_at: new Date(row.created_at as string | Date),
});

/**
 * The person file's entries — languages, education, experience, barriers (opened), household and
 * consents — as `peopleRepository().items` gives them, in one statement instead of six: each list is a
 * JSON array built by the database, oldest first.
 */
export async function personFileItems(db: Executor, keyRing: KeyRing | undefined, personId: string) {
  const row = await db
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb.selectFrom('person_languages').selectAll().where('person_id', '=', personId).orderBy('created_at'),
      ).as('languages'),
      jsonArrayFrom(
        eb.selectFrom('person_education').selectAll().where('person_id', '=', personId).orderBy('created_at'),
      ).as('education'),
      jsonArrayFrom(
        eb
          .selectFrom('person_experience')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at'),
      ).as('experience'),
      jsonArrayFrom(
        eb.selectFrom('person_barriers').selectAll().where('person_id', '=', personId).orderBy('created_at'),
      ).as('barriers'),
      jsonArrayFrom(
        eb
          .selectFrom('household_members')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at'),
      ).as('household'),
      jsonArrayFrom(
        eb.selectFrom('consents').selectAll().where('person_id', '=', personId).orderBy('created_at'),
      ).as('consents'),
    ])
    .executeTakeFirstOrThrow();
  // json_agg keeps its subquery's order; sorting again (stable) makes that explicit on both engines.
  const oldestFirst = <T extends { created_at: unknown }>(rows: T[]) =>
    rows.map(withCreatedAt).sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  return {
    languages: oldestFirst(row.languages),
    education: oldestFirst(row.education),
    experience: oldestFirst(row.experience),
    barriers: oldestFirst(row.barriers).map(
      ({ sealed_detail, ...barrier }): BarrierRow => ({
        ...barrier,
        ...openBarrierDetail(keyRing, barrier.id, sealed_detail),
      }),
    ),
    household: oldestFirst(row.household),
    consents: oldestFirst(row.consents),
  };
}
