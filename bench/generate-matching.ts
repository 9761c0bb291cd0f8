import { sql } from 'kysely';
import type { Db } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { seededRandom } from '../src/demo/random.js';
import { searchTextOf } from '../src/modules/people/domain/search-text.js';

/**
 * The matching bench's scene, inserted directly with multi-row INSERTs (like the other generators; the
 * bench measures the HTTP API, not the writes): one organization's employer with `offerCount` open offers
 * of occupations drawn from the ESCO table, in French communes drawn from the places table, and a
 * caseload of `caseloadSize` people living in big towns, with a past job, a language level, a consent to
 * contact employers for most and wishes for half.
 */
export async function generateMatching(
  db: Db,
  options: {
    organizationId: string;
    referentUserId: string;
    offerCount: number;
    caseloadSize: number;
    seed: number;
  },
): Promise<{ personIds: string[]; offerIds: string[] }> {
  const random = seededRandom(options.seed);
  const now = new Date();
  const occupations = (
    await db
      .selectFrom('reference_occupations')
      .select(['esco_id', 'isco08_code'])
      .orderBy('esco_id')
      .execute()
  ).filter((o) => /^[1-9]\d{3}$/.test(o.isco08_code));
  const communes = await db
    .selectFrom('places')
    .select(['code', 'name', 'latitude', 'longitude'])
    .where('country', '=', 'FR')
    .orderBy('code')
    .execute();
  const towns = await db
    .selectFrom('places')
    .select(['name'])
    .where('country', '=', 'FR')
    .where('population', '>', 100_000)
    .orderBy('population', 'desc')
    .limit(30)
    .execute();
  const employerId = uuidv7();
  await db
    .insertInto('employers')
    .values({
      id: employerId,
      organization_id: options.organizationId,
      name: 'Bench employer',
      search_text: searchTextOf(['Bench employer']),
      country: 'FR',
      legal_id_scheme: null,
      legal_id: null,
      sector_scheme: null,
      sector_code: null,
      sector_label: null,
      size_band: null,
      website: null,
      siae: false,
      siae_kind: null,
      siae_consortium_id: null,
      shared_with_consortium: false,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();

  const contracts = ['cdi', 'cdd', 'interim', 'apprenticeship', 'seasonal'];
  const offerIds: string[] = [];
  const batch = 1000;
  for (let offset = 0; offset < options.offerCount; offset += batch) {
    const rows = [];
    for (let i = offset; i < Math.min(options.offerCount, offset + batch); i++) {
      const occupation = random.pick(occupations);
      const place = random.pick(communes);
      const contract = random.pick(contracts);
      const id = uuidv7();
      if (i % 5000 === 0) offerIds.push(id);
      const title = `Offre ${i}`;
      rows.push({
        id,
        organization_id: options.organizationId,
        employer_id: employerId,
        site_id: null,
        country: 'FR',
        title,
        search_text: searchTextOf([title]),
        description: null,
        esco_id: occupation.esco_id,
        isco_code: occupation.isco08_code,
        place_code: place.code,
        place_name: place.name,
        latitude: place.latitude,
        longitude: place.longitude,
        remote: random.chance(0.01),
        contract_type: contract,
        contract_months: contract === 'cdd' || contract === 'seasonal' ? random.int(1, 18) : null,
        working_time: random.chance(0.8) ? 'full_time' : 'part_time',
        hours_per_week: random.pick([20, 24, 28, 35, 39]),
        pay_min_cents: null,
        pay_max_cents: null,
        pay_period: null,
        currency: 'EUR',
        language_requirement: random.chance(0.5)
          ? JSON.stringify({ language: 'fr', scale: 'cefr', level: random.pick(['A2', 'B1', 'B2']) })
          : null,
        required_credentials: random.chance(0.1)
          ? JSON.stringify([{ code: 'fr.permis_b', label: 'Permis B' }])
          : '[]',
        skills: '[]',
        starts_on: null,
        expires_on: random.chance(0.5) ? '2099-12-31' : null,
        positions: 1,
        status: random.chance(0.9) ? 'open' : 'filled',
        source: 'employer',
        source_reference: null,
        created_by: null,
        created_at: new Date(now.getTime() - i * 1000),
        updated_at: now,
        status_changed_at: now,
      });
    }
    await db.insertInto('job_offers').values(rows).execute();
  }

  const personIds: string[] = [];
  for (let offset = 0; offset < options.caseloadSize; offset += 1000) {
    const people = [];
    const languages = [];
    const experience = [];
    const consents = [];
    const wishes = [];
    for (let i = offset; i < Math.min(options.caseloadSize, offset + 1000); i++) {
      const id = uuidv7();
      personIds.push(id);
      const name = `Personne${i}`;
      people.push({
        id,
        organization_id: options.organizationId,
        given_name: name,
        family_name: 'Bench',
        given_name_original: null,
        family_name_original: null,
        sex: null,
        birth_date: null,
        nationality: null,
        phone: null,
        email: null,
        address: null,
        city: random.pick(towns).name,
        region: null,
        country: 'FR',
        preferred_language: null,
        sealed_status: null,
        arrival_date: null,
        referent_user_id: options.referentUserId,
        search_text: searchTextOf([name, 'Bench']),
        created_by: null,
        created_at: now,
        updated_at: now,
      });
      const child = { organization_id: options.organizationId, person_id: id, created_at: now };
      languages.push({
        ...child,
        id: uuidv7(),
        language: 'fr',
        mother_tongue: false,
        scale: 'cefr' as const,
        skill: 'overall',
        level: random.pick(['A1', 'A2', 'B1', 'B2', 'C1']),
        test_name: null,
        test_date: null,
      });
      const occupation = random.pick(occupations);
      experience.push({
        ...child,
        id: uuidv7(),
        occupation_label: 'Emploi',
        esco_id: occupation.esco_id,
        employer: null,
        country: 'FR',
        start_year: null,
        end_year: null,
      });
      if (random.chance(0.8))
        consents.push({
          ...child,
          id: uuidv7(),
          purpose: 'contacting_employers',
          partner_organization_ids: [],
          given_on: '2026-01-01',
          expires_on: null,
          revoked_on: null,
          recorded_by: null,
        });
      if (random.chance(0.5))
        wishes.push({
          person_id: id,
          organization_id: options.organizationId,
          mobility_km: random.pick([10, 20, 30, 50]),
          contract_types: JSON.stringify([random.pick(contracts)]),
          working_time: null,
          min_hours_per_week: 20,
          max_hours_per_week: 39,
          updated_by: null,
          updated_at: now,
        });
    }
    await db.insertInto('people').values(people).execute();
    await db.insertInto('person_languages').values(languages).execute();
    await db.insertInto('person_experience').values(experience).execute();
    if (consents.length > 0) await db.insertInto('consents').values(consents).execute();
    if (wishes.length > 0) await db.insertInto('person_job_wishes').values(wishes).execute();
  }
  await sql`ANALYZE job_offers`.execute(db);
  await sql`ANALYZE people`.execute(db);
  return { personIds: personIds.filter((_, i) => i % 50 === 0), offerIds };
}
