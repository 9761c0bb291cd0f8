import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { checkEligibility } from './check-eligibility.js';
import { createProgram } from './create-program.js';
import { endEnrolment } from './end-enrolment.js';
import { enrolPerson } from './enrol-person.js';
import { personEnrolments } from './person-enrolments.js';
import { programProgress } from './program-progress.js';
import { setTargets } from './set-targets.js';

let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let toulouse: string;
let nimes: string;
let programId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const regional = (await givenOrganization(database.db, { name: 'ARML' })).id;
  toulouse = (await givenOrganization(database.db, { name: 'ML Toulouse' })).id;
  nimes = (await givenOrganization(database.db, { name: 'ML Nîmes' })).id;
  const consortium = await givenConsortium(database.db, regional, [toulouse, nimes]);
  programId = (
    await createProgram(testDeps(database, clock))(systemContext(), {
      ownerOrganizationId: regional,
      consortiumId: consortium.id,
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
  await setTargets(testDeps(database, clock))(systemContext(), {
    programId,
    targets: [
      {
        memberOrganizationId: null,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        targetCount: 100,
        unit: 'person',
      },
      {
        memberOrganizationId: toulouse,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        targetCount: 60,
        unit: 'person',
      },
      {
        memberOrganizationId: nimes,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        targetCount: 40,
        unit: 'person',
      },
    ],
  });
});
afterAll(() => database.close());

const intake = { source: 'partner_referral' as const };
const youngAsylumSeeker = {
  givenName: 'Sara',
  familyName: 'Osman',
  birthDate: '2004-01-15',
  immigrationStatus: 'asylum_seeker' as const,
  asylumApplicationDate: '2025-10-01',
};
const tooOld = {
  givenName: 'Adam',
  familyName: 'Ibrahim',
  birthDate: '1999-02-01',
  immigrationStatus: 'refugee' as const,
};

describe('enrolment', () => {
  it('dates an enrolment without a day given on today where the organization works, not in UTC', async () => {
    // 02:00 UTC on 5 May is still the evening of 4 May in Montréal.
    const lateEvening = fixedClock('2026-05-05T02:00:00Z');
    const montreal = (await givenOrganization(database.db, { name: 'PROMIS', timeZone: 'America/Toronto' }))
      .id;
    const consortium = await givenConsortium(database.db, montreal, [montreal]);
    const deps = testDeps(database, lateEvening);
    const { id: regions } = await createProgram(deps)(systemContext(), {
      ownerOrganizationId: montreal,
      consortiumId: consortium.id,
      code: 'REGIONS',
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    });
    const counselor = await givenStaff(database.db, montreal, 'counselor');
    const { id: personId } = await createPerson(deps)(counselor, { identity: tooOld });
    const check = await checkEligibility(deps)(counselor, { programId: regions, personId });
    expect(check.onDate).toBe('2026-05-04');
    await enrolPerson(deps)(counselor, { programId: regions, personId, intake });
    expect((await personEnrolments(deps)(counselor, { personId })).items).toMatchObject([
      { programId: regions, enrolledOn: '2026-05-04' },
    ]);
  });

  it('enrols an eligible person of a member organization and keeps the evaluation', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor', { locale: 'fr' });
    const { id: personId } = await createPerson(deps)(counselor, { identity: youngAsylumSeeker });
    const check = await checkEligibility(deps)(counselor, { programId, personId });
    expect(check.verdict).toBe('eligible');
    expect(check.results[0]).toMatchObject({
      outcome: 'passed',
      description: "Moins de 26 ans à l'inscription",
      explanation: "22 ans à la date d'inscription",
    });
    const result = await enrolPerson(deps)(counselor, { programId, personId, intake });
    expect(result).toMatchObject({ overridden: false, eligibility: { verdict: 'eligible' } });
    const enrolments = await personEnrolments(deps)(counselor, { personId });
    expect(enrolments.items).toMatchObject([
      { programId, status: 'enrolled', enrolledOn: '2026-05-04', verdict: 'eligible' },
    ]);
    await expect(enrolPerson(deps)(counselor, { programId, personId, intake })).rejects.toMatchObject({
      code: 'ALREADY_ENROLLED',
    });
  });

  it('refuses a 27-year-old with the failed rule explained, and changes nothing', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const { id: personId } = await createPerson(deps)(counselor, { identity: tooOld });
    const refusal = await enrolPerson(deps)(counselor, { programId, personId, intake }).catch((e) => e);
    expect(refusal.code).toBe('NOT_ELIGIBLE');
    expect(refusal.status).toBe(422);
    expect(refusal.details.results[0]).toMatchObject({
      outcome: 'failed',
      explanation: '27 years old on the enrolment date',
    });
    expect((await personEnrolments(deps)(counselor, { personId })).items).toEqual([]);
  });

  it('lets a referent override with a written justification, audited; a counselor may not', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const referent = await givenStaff(database.db, toulouse, 'program_referent');
    const { id: personId } = await createPerson(deps)(counselor, { identity: tooOld });
    const justification =
      'Turned 26 last week after a referral delayed by the prefecture; agreed with the funder.';
    await expect(
      enrolPerson(deps)(counselor, { programId, personId, intake, override: { justification } }),
    ).rejects.toMatchObject({ code: 'OVERRIDE_NOT_ALLOWED' });
    const result = await enrolPerson(deps)(referent, {
      programId,
      personId,
      intake,
      override: { justification },
    });
    expect(result.overridden).toBe(true);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', result.id)
      .execute();
    expect(audit).toMatchObject([{ action: 'enrolment.override' }]);
    expect(JSON.stringify(audit)).not.toContain(justification);
  });

  it('answers not found for a person of another organization or a program it does not take part in', async () => {
    const deps = testDeps(database, clock);
    const counselor = await givenStaff(database.db, toulouse, 'counselor');
    const { id: personId } = await createPerson(deps)(counselor, { identity: youngAsylumSeeker });
    const nimesCounselor = await givenStaff(database.db, nimes, 'counselor');
    await expect(enrolPerson(deps)(nimesCounselor, { programId, personId, intake })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const outsider = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await expect(checkEligibility(deps)(outsider, { programId, personId })).rejects.toMatchObject({
      code: 'PROGRAM_NOT_FOUND',
    });
  });

  it('counts progress against targets per member and in total, from enrolments in the period', async () => {
    const deps = testDeps(database, clock);
    const nimesCounselor = await givenStaff(database.db, nimes, 'counselor');
    const { id: personId } = await createPerson(deps)(nimesCounselor, {
      identity: { ...youngAsylumSeeker, givenName: 'Hiba' },
    });
    const enrolment = await enrolPerson(deps)(nimesCounselor, { programId, personId, intake });
    const coordinator = await givenStaff(
      database.db,
      (
        await database.db
          .selectFrom('programs')
          .select('organization_id')
          .where('id', '=', programId)
          .executeTakeFirstOrThrow()
      ).organization_id,
      'coordinator',
    );
    const progress = await programProgress(deps)(coordinator, { programId });
    const byOrg = Object.fromEntries(
      progress.rows.map((r) => [r.organizationName ?? 'total', [r.actual, r.target]]),
    );
    expect(byOrg).toEqual({ total: [3, 100], 'ML Toulouse': [2, 60], 'ML Nîmes': [1, 40] });
    // A member sees its own row and the total only.
    const nimesReferent = await givenStaff(database.db, nimes, 'program_referent');
    expect(
      (await programProgress(deps)(nimesReferent, { programId })).rows.map((r) => r.organizationName),
    ).toEqual([null, 'ML Nîmes']);
    // An exit keeps the person counted for the period they were enrolled in.
    await endEnrolment(deps)(nimesCounselor, {
      enrolmentId: enrolment.id,
      status: 'exited',
      endedOn: '2026-05-10',
      reason: 'CDI',
    });
    expect((await programProgress(deps)(coordinator, { programId })).rows[0]?.actual).toBe(3);
  });
});
