import type { KeyRing } from '../src/core/crypto/key-ring.js';
import type { Db } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { origins } from '../src/demo/names.js';
import { seededRandom } from '../src/demo/random.js';
import { sealPersonStatus } from '../src/modules/people/adapters/sealed-fields.js';
import { searchTextOf } from '../src/modules/people/domain/search-text.js';

/**
 * Inserts `count` synthetic people spread over the organizations, with multi-row INSERTs. The bench
 * sets the scene directly, like test fixtures; everything it measures goes through the HTTP API.
 */
export async function generatePeople(
  db: Db,
  options: {
    count: number;
    organizations: { id: string; referentUserId: string; programId: string }[];
    seed: number;
    /** Statuses are stored sealed (ADR 10), as the people module writes them. */
    keyRing: KeyRing;
  },
): Promise<{ sampleNames: string[] }> {
  const random = seededRandom(options.seed);
  const countries = Object.keys(origins);
  const batch = 1000;
  const sampleNames: string[] = [];
  const now = new Date();
  for (let offset = 0; offset < options.count; offset += batch) {
    const people = [];
    const enrolments = [];
    for (let i = offset; i < Math.min(options.count, offset + batch); i++) {
      const origin = origins[random.pick(countries)]!;
      const given = random.pick(random.chance(0.5) ? origin.female : origin.male);
      const family = random.pick(origin.family);
      const organization = options.organizations[i % options.organizations.length]!;
      const id = uuidv7();
      if (i % 997 === 0) sampleNames.push(`${given.latin} ${family.latin}`);
      const birthYear = random.int(1965, 2007);
      people.push({
        id,
        organization_id: organization.id,
        given_name: given.latin,
        family_name: family.latin,
        given_name_original: given.original === given.latin ? null : given.original,
        family_name_original: family.original === family.latin ? null : family.original,
        sex: null,
        birth_date: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        nationality: origin.country,
        phone: null,
        email: null,
        address: null,
        city: null,
        region: null,
        country: null,
        preferred_language: origin.languages[0] ?? null,
        sealed_status: sealPersonStatus(options.keyRing, id, {
          immigrationStatus: random.pick(['refugee', 'asylum_seeker', 'permanent_resident', 'work_permit']),
          statusDate: null,
          asylumApplicationDate: null,
        }),
        arrival_date: null,
        referent_user_id: random.chance(0.1) ? organization.referentUserId : null,
        search_text: searchTextOf([given.latin, family.latin, given.original, family.original]),
        created_by: null,
        created_at: now,
        updated_at: now,
      });
      if (random.chance(0.6)) {
        enrolments.push({
          id: uuidv7(),
          organization_id: organization.id,
          program_id: organization.programId,
          person_id: id,
          household_key: id,
          status: 'enrolled' as const,
          enrolled_on: `${random.int(2024, 2026)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          ended_on: null,
          end_reason: null,
          intake_source: 'walk_in',
          intake_partner_organization_id: null,
          intake_note: null,
          eligibility_verdict: 'eligible',
          eligibility_snapshot: JSON.stringify({ generated: true }),
          override_justification: null,
          enrolled_by: null,
          created_at: now,
        });
      }
    }
    await db.insertInto('people').values(people).execute();
    if (enrolments.length > 0) await db.insertInto('enrolments').values(enrolments).execute();
  }
  return { sampleNames };
}
