import { systemContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import { type Clock, fixedClock } from '../../src/core/clock.js';
import { addHouseholdMember } from '../../src/modules/people/use-cases/add-household-member.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { formHousehold } from '../../src/modules/people/use-cases/form-household.js';
import { removeHouseholdMember } from '../../src/modules/people/use-cases/remove-household-member.js';
import { programsRepository } from '../../src/modules/programs/adapters/programs-repository.js';
import { rekeyOpenEnrolments } from '../../src/modules/programs/api.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { endEnrolment } from '../../src/modules/programs/use-cases/end-enrolment.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { givenOrganization, givenStaff } from './fixtures.js';
import { testDeps } from './test-app.js';
import type { TestDatabase } from './test-database.js';

/**
 * The household use cases' scene: an organization with a counselor, a program counted in households
 * (Québec's regionalization), and helpers to open files, enrol, and read enrolments' keys and counts.
 * The use cases get programs' `rekeyOpenEnrolments`, as the composition root gives it.
 */
export async function givenHouseholdScene(
  database: TestDatabase,
  clock: Clock = fixedClock('2026-06-10T09:00:00Z'),
) {
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { country: 'CA', timeZone: 'America/Toronto' });
  const counselor = await givenStaff(database.db, organization.id, 'counselor');
  const staff = (role: Role) => givenStaff(database.db, organization.id, role);
  const programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: organization.id,
      code: `EER${organization.id.slice(-4)}`,
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  let serial = 0;
  const person = async (givenName = `Person${++serial}`) =>
    (await createPerson(deps)(counselor, { identity: { givenName, familyName: 'Household' } })).id;
  const enrol = async (personId: string, enrolledOn = '2026-02-01') => {
    await enrolPerson(deps)(counselor, { programId, personId, enrolledOn, intake: { source: 'walk_in' } });
    const row = await database.db
      .selectFrom('enrolments')
      .select('id')
      .where('person_id', '=', personId)
      .where('status', '=', 'enrolled')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const exit = (enrolmentId: string, endedOn = '2026-05-01') =>
    endEnrolment(deps)(counselor, { enrolmentId, status: 'exited', endedOn });
  return {
    deps,
    organization,
    counselor,
    staff,
    programId,
    person,
    enrol,
    exit,
    form: formHousehold(rekeyOpenEnrolments)(deps),
    add: addHouseholdMember(rekeyOpenEnrolments)(deps),
    remove: removeHouseholdMember(rekeyOpenEnrolments)(deps),
    /** Each enrolment's key, by its id. */
    async keyOf(enrolmentId: string) {
      const row = await database.db
        .selectFrom('enrolments')
        .select('household_key')
        .where('id', '=', enrolmentId)
        .executeTakeFirstOrThrow();
      return row.household_key;
    },
    /** What the program's targets count in 2026, in households and in persons. */
    async counted() {
      const repo = programsRepository(database.db);
      return {
        households: (await repo.countEnrolledInPeriod(programId, '2026-01-01', '2026-12-31', 'household'))
          .total,
        persons: (await repo.countEnrolledInPeriod(programId, '2026-01-01', '2026-12-31', 'person')).total,
      };
    },
  };
}

export type HouseholdScene = Awaited<ReturnType<typeof givenHouseholdScene>>;
