import { systemContext } from '../../src/core/auth/actor.js';
import type { Db } from '../../src/core/db/types.js';
import { uuidv7 } from '../../src/core/ids.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenConsortium, givenOrganization, givenStaff } from './fixtures.js';

/**
 * Replaces a program's enrolments with these, written straight into the table (property tests of the
 * counts draw hundreds of scenes; each is an ended enrolment, whose dates alone are counted).
 */
export async function replaceProgramEnrolments(
  db: Db,
  programId: string,
  enrolments: readonly {
    organizationId: string;
    personId: string;
    householdKey: string | null;
    enrolledOn: string;
  }[],
): Promise<void> {
  await db.deleteFrom('enrolments').where('program_id', '=', programId).execute();
  if (enrolments.length === 0) return;
  await db
    .insertInto('enrolments')
    .values(
      enrolments.map((e) => ({
        id: uuidv7(),
        organization_id: e.organizationId,
        program_id: programId,
        person_id: e.personId,
        household_key: e.householdKey,
        status: 'exited' as const,
        enrolled_on: e.enrolledOn,
        intake_source: 'walk_in',
        eligibility_verdict: 'eligible',
        eligibility_snapshot: JSON.stringify({}),
        created_at: new Date(),
      })),
    )
    .execute();
}

/**
 * A program of a regional organization run by a consortium of two members, counted in households,
 * with `peoplePerMember` files in each member (a person is enrolled by the organization whose file it is).
 */
export async function givenConsortiumProgram(deps: Deps, code: string, peoplePerMember: number) {
  const db = deps.db;
  const regional = (await givenOrganization(db, { name: 'Regional' })).id;
  const members = [
    (await givenOrganization(db, { name: 'Member A' })).id,
    (await givenOrganization(db, { name: 'Member B' })).id,
  ];
  const consortium = await givenConsortium(db, regional, members);
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId: regional,
    consortiumId: consortium.id,
    code,
    nameFr: 'Programme',
    nameEn: 'Program',
    countingUnit: 'household',
    status: 'active',
    rules: [],
  });
  const peopleOf = new Map<string, string[]>();
  for (const member of members) {
    const counselor = await givenStaff(db, member, 'counselor');
    const ids: string[] = [];
    for (let i = 0; i < peoplePerMember; i++)
      ids.push(
        (
          await createPerson(deps)(counselor, {
            identity: { givenName: `P${i}`, familyName: code, birthDate: '1990-01-01' },
          })
        ).id,
      );
    peopleOf.set(member, ids);
  }
  return { regional, members, consortiumId: consortium.id, programId: program.id, peopleOf };
}
