import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './privacy-tables.js';
import './tables.js';
import { removeDuplicateKeys } from './duplicate-keys-repository.js';
import { removeRunPairsNaming } from './duplicate-runs-repository.js';

export interface PrivacyState {
  restrictedAt: Date | null;
  restrictedBy: string | null;
  restrictionReason: string | null;
  anonymizedAt: Date | null;
  pseudonym: string | null;
  birthYear: number | null;
}

/**
 * Lets this transaction change a restricted person's rows (anonymization, lifting): the trigger of
 * migration 0027 refuses any other change while the restriction holds.
 */
export async function overrideProcessingRestriction(db: Executor): Promise<void> {
  await sql`SELECT set_config('passerelle.privacy_override', 'on', true)`.execute(db);
}

/** The SQL of the person's rights: restriction flag, anonymization of the file, retention candidates. */
export function privacyRepository(db: Executor) {
  return {
    async state(personId: string): Promise<PrivacyState | undefined> {
      return db
        .selectFrom('person_privacy')
        .select([
          'restricted_at as restrictedAt',
          'restricted_by as restrictedBy',
          'restriction_reason as restrictionReason',
          'anonymized_at as anonymizedAt',
          'pseudonym',
          'birth_year as birthYear',
        ])
        .where('person_id', '=', personId)
        .executeTakeFirst();
    },
    async setRestriction(
      personId: string,
      organizationId: string,
      restriction: { at: Date; by: string; reason: string } | null,
    ) {
      const values = {
        restricted_at: restriction?.at ?? null,
        restricted_by: restriction?.by ?? null,
        restriction_reason: restriction?.reason ?? null,
      };
      await db
        .insertInto('person_privacy')
        .values({ person_id: personId, organization_id: organizationId, ...values })
        .onConflict((c) => c.columns(['person_id', 'organization_id']).doUpdateSet(values))
        .execute();
    },
    /**
     * Removes what identifies the person and keeps every row that figures count: the file stays
     * with a pseudonym, a birth year, the sex, the country and the region (program statistics), and
     * the dated, typed facts of the file; names, contacts, address, city and free texts go.
     */
    async anonymize(
      personId: string,
      organizationId: string,
      anonymization: {
        at: Date;
        by: string | null;
        reason: string;
        pseudonym: string;
        birthYear: number | null;
      },
    ) {
      const values = {
        anonymized_at: anonymization.at,
        anonymized_by: anonymization.by,
        anonymization_reason: anonymization.reason,
        pseudonym: anonymization.pseudonym,
        birth_year: anonymization.birthYear,
        restricted_at: null,
        restricted_by: null,
        restriction_reason: null,
      };
      await db
        .insertInto('person_privacy')
        .values({ person_id: personId, organization_id: organizationId, ...values })
        .onConflict((c) => c.columns(['person_id', 'organization_id']).doUpdateSet(values))
        .execute();
      await db
        .updateTable('people')
        .set({
          ...pseudonymNames(anonymization.pseudonym),
          given_name_original: null,
          family_name_original: null,
          birth_date: null,
          nationality: null,
          phone: null,
          email: null,
          address: null,
          city: null,
          preferred_language: null,
          sealed_status: null,
          arrival_date: null,
          search_text: '',
          updated_at: anonymization.at,
        })
        .where('id', '=', personId)
        .execute();
      await removeDuplicateKeys(db, personId, organizationId);
      await removeRunPairsNaming(db, personId);
      const counts = {
        languages: await changed(
          db.updateTable('person_languages').set({ test_name: null }).where('person_id', '=', personId),
        ),
        education: await changed(
          db.updateTable('person_education').set({ field: null }).where('person_id', '=', personId),
        ),
        experience: await changed(
          db.updateTable('person_experience').set({ employer: null }).where('person_id', '=', personId),
        ),
        household: await changed(
          db.updateTable('household_members').set({ given_name: null }).where('person_id', '=', personId),
        ),
        referentChanges: await changed(
          db.updateTable('person_referent_changes').set({ reason: null }).where('person_id', '=', personId),
        ),
      };
      return counts;
    },
    /** People of the organization created before `before`, not anonymized yet: retention candidates. */
    async notAnonymizedCreatedBefore(organizationId: string, before: Date): Promise<string[]> {
      const rows = await db
        .selectFrom('people')
        .select('people.id')
        .where('people.organization_id', '=', organizationId)
        .where('people.created_at', '<', before)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('person_privacy')
                .select('person_privacy.person_id')
                .whereRef('person_privacy.person_id', '=', 'people.id')
                .where('person_privacy.anonymized_at', 'is not', null),
            ),
          ),
        )
        .orderBy('people.id')
        .execute();
      return rows.map((r) => r.id);
    },
    async referentChanges(personId: string) {
      return db
        .selectFrom('person_referent_changes')
        .select(['from_user_id', 'to_user_id', 'reason', 'changed_by', 'changed_at'])
        .where('person_id', '=', personId)
        .orderBy('changed_at')
        .execute();
    },
  };
}

/** "ANON 7151FD1D" as a given and a family name, neither empty. */
function pseudonymNames(pseudonym: string) {
  const space = pseudonym.indexOf(' ');
  return space > 0
    ? { given_name: pseudonym.slice(0, space), family_name: pseudonym.slice(space + 1) }
    : { given_name: pseudonym, family_name: pseudonym };
}

async function changed(query: { executeTakeFirst(): Promise<{ numUpdatedRows: bigint }> }) {
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}
