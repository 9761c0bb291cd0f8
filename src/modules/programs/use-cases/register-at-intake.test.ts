import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { draftEligibilityFacts, eligibilityFacts } from '../../people/api.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { checkEligibility } from './check-eligibility.js';
import { checkIntakeEligibility } from './check-intake-eligibility.js';
import { createProgram } from './create-program.js';
import { enrolPerson } from './enrol-person.js';
import { personEnrolments } from './person-enrolments.js';
import { registerAtIntake } from './register-at-intake.js';

let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let toulouse: string;
let programId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  toulouse = (await givenOrganization(database.db, { name: 'ML Toulouse' })).id;
  programId = (
    await createProgram(testDeps(database, clock))(systemContext(), {
      ownerOrganizationId: toulouse,
      code: 'IPR',
      nameFr: 'IPR',
      nameEn: 'IPR',
      countingUnit: 'person',
      status: 'active',
      rules: [
        { kind: 'maxAge', years: 26, inclusive: false },
        {
          kind: 'anyOf',
          rules: [
            { kind: 'minMonthsSinceAsylumApplication', months: 6, strict: true },
            { kind: 'allowedStatuses', statuses: ['refugee', 'subsidiary_protection'] },
          ],
        },
      ],
    })
  ).id;
});
afterAll(() => database.close());

const intake = { source: 'partner_referral' as const };
const consent = { givenOn: '2026-05-04' };
const person = (identity: Record<string, unknown>) => ({
  identity: { givenName: 'Sara', familyName: 'Osman', ...identity },
});
const young = {
  birthDate: '2004-01-15',
  immigrationStatus: 'asylum_seeker',
  asylumApplicationDate: '2025-10-01',
};
const twentySeven = { birthDate: '1999-02-01', immigrationStatus: 'refugee' };
const justification =
  'Turned 26 last week after a referral delayed by the prefecture; agreed with the funder.';

/** Every table that a registration or an enrolment writes to, counted. */
async function counts() {
  const tables = ['people', 'consents', 'enrolments', 'audit_events', 'timeline_events'];
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(
      database.db,
    );
    result[table] = Number(row.rows[0]?.n);
  }
  return result;
}

describe('intake in one transaction', () => {
  it('opens the file with its consent and enrols an eligible person at once', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const result = await registerAtIntake(deps)(counselor, {
      person: person(young),
      consent: { ...consent, otherPurposes: ['sharing_with_partners'] },
      enrolment: { programId, intake },
    });
    expect(result).toMatchObject({ overridden: false, eligibility: { verdict: 'eligible' } });
    const enrolments = await personEnrolments(deps)(counselor, { personId: result.personId });
    expect(enrolments.items).toMatchObject([{ id: result.enrolmentId, programId, verdict: 'eligible' }]);
    const consents = await database.db
      .selectFrom('consents')
      .select(['purpose', 'given_on'])
      .where('person_id', '=', result.personId)
      .orderBy('purpose')
      .execute();
    expect(consents.map((c) => c.purpose)).toEqual(['program_data_processing', 'sharing_with_partners']);
  });

  it('refuses a 27-year-old and saves nothing at all: no file, no consent, no audit, no timeline', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const before = await counts();
    const refusal = await registerAtIntake(deps)(counselor, {
      person: person(twentySeven),
      consent,
      enrolment: { programId, intake },
    }).catch((error) => error);
    expect(refusal.code).toBe('NOT_ELIGIBLE');
    expect(refusal.details.results[0]).toMatchObject({ outcome: 'failed' });
    expect(await counts()).toEqual(before);
  });

  it('a counselor may not override (nothing saved); a referent may, with the justification kept', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const referent = await givenStaff(database.db, toulouse, 'program_referent');
    const before = await counts();
    await expect(
      registerAtIntake(deps)(counselor, {
        person: person(twentySeven),
        consent,
        enrolment: { programId, intake, override: { justification } },
      }),
    ).rejects.toMatchObject({ code: 'OVERRIDE_NOT_ALLOWED' });
    expect(await counts()).toEqual(before);
    const result = await registerAtIntake(deps)(referent, {
      person: person(twentySeven),
      consent,
      enrolment: { programId, intake, override: { justification } },
    });
    expect(result).toMatchObject({ overridden: true, eligibility: { verdict: 'not_eligible' } });
    const row = await database.db
      .selectFrom('enrolments')
      .select(['override_justification', 'eligibility_verdict'])
      .where('id', '=', result.enrolmentId!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ override_justification: justification, eligibility_verdict: 'not_eligible' });
  });

  it('refuses a program of another organization as not found, and saves nothing', async () => {
    const deps = testDeps(database, clock);
    const outsider = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const before = await counts();
    await expect(
      registerAtIntake(deps)(outsider, { person: person(young), consent, enrolment: { programId, intake } }),
    ).rejects.toMatchObject({ code: 'PROGRAM_NOT_FOUND' });
    await expect(
      checkIntakeEligibility(deps)(outsider, { programId, person: person(young) }),
    ).rejects.toMatchObject({ code: 'PROGRAM_NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });

  it('opens a file without a program when none is chosen, with the consent', async () => {
    const deps = testDeps(database, clock);
    const administrator = await givenStaff(database.db, toulouse, 'administrator');
    const result = await registerAtIntake(deps)(administrator, { person: person(twentySeven), consent });
    expect(result).toMatchObject({ enrolmentId: null, eligibility: null });
    await expect(
      registerAtIntake(deps)(administrator, {
        person: person(young),
        consent,
        enrolment: { programId, intake },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the check before saving', () => {
  it('evaluates the typed file, writes nothing, and answers what the intake then answers', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor', { locale: 'fr' });
    const before = await counts();
    const eligible = await checkIntakeEligibility(deps)(counselor, { programId, person: person(young) });
    const refused = await checkIntakeEligibility(deps)(counselor, { programId, person: person(twentySeven) });
    expect(await counts()).toEqual(before);
    expect(eligible).toMatchObject({ verdict: 'eligible', alreadyEnrolled: false });
    expect(refused.verdict).toBe('not_eligible');
    expect(refused.results[0]).toMatchObject({ explanation: "27 ans à la date d'inscription" });
  });

  it('reads the same facts from a draft as from the file saved from it', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const day = fc
      .integer({ min: 0, max: 9000 })
      .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          birthDate: fc.option(day, { nil: null }),
          immigrationStatus: fc.option(fc.constantFrom('refugee', 'asylum_seeker', 'subsidiary_protection'), {
            nil: null,
          }),
          statusDate: fc.option(day, { nil: null }),
          asylumApplicationDate: fc.option(day, { nil: null }),
          arrivalDate: fc.option(day, { nil: null }),
          country: fc.option(fc.constantFrom('FR', 'CA'), { nil: null }),
          region: fc.option(fc.constantFrom('Occitanie', 'Québec'), { nil: null }),
          city: fc.option(fc.constantFrom('Toulouse', 'Albi'), { nil: null }),
        }),
        fc.array(fc.boolean(), { maxLength: 2 }),
        fc.nat({ max: 3 }),
        async (identity, degreesAbroad, householdMembers) => {
          const draft = {
            identity: { givenName: 'Lina', familyName: 'Haddad', ...identity },
            education: degreesAbroad.map((obtainedAbroad) => ({ obtainedAbroad })),
            household: Array.from({ length: householdMembers }, () => ({ relation: 'child' as const })),
          };
          const { id } = await createPerson(deps)(counselor, draft);
          const stored = await eligibilityFacts(database.db, deps.keyRing, id, toulouse);
          const typed = draftEligibilityFacts(
            {
              identity: draft.identity as never,
              education: draft.education as never,
              household: draft.household as never,
            },
            toulouse,
            id,
          );
          expect(typed).toEqual(stored);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('says when the person is already enrolled, before the enrolment is refused', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const { id: personId } = await createPerson(deps)(counselor, person(young));
    expect(await checkEligibility(deps)(counselor, { programId, personId })).toMatchObject({
      verdict: 'eligible',
      alreadyEnrolled: false,
    });
    await enrolPerson(deps)(counselor, { programId, personId, intake });
    expect(await checkEligibility(deps)(counselor, { programId, personId })).toMatchObject({
      alreadyEnrolled: true,
    });
  });
});
