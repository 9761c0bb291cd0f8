import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { jobSpellsOfPeople, jobSpellsOfPeopleQuery } from '../../placements/api.js';
import { endPlacementEarly } from '../../placements/use-cases/end-placement-early.js';
import { recordPlacement } from '../../placements/use-cases/record-placement.js';
import { renewPlacement } from '../../placements/use-cases/renew-placement.js';
import { programCohortPersonIds } from '../../programs/api.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { correctExit } from './correct-exit.js';
import { recordExit } from './record-exit.js';

/**
 * The program dashboard reads lean, set-based versions of the modules' queries: each must give what
 * the full reads give on the same data (contracts renewed, ended early, open-ended; exits corrected).
 */
let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
let lea: Awaited<ReturnType<typeof givenStaff>>;
let programId: string;
let organizationId: string;
const personIds: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const plie = await givenOrganization(database.db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  organizationId = plie.id;
  lea = await givenStaff(database.db, plie.id, 'counselor', { displayName: 'Léa' });
  programId = await givenOutcomeProgram(deps, plie.id, {
    code: 'RECORDS',
    nameFr: 'Parcours',
    nameEn: 'Pathway',
  });
  const employerId = (await createEmployer(deps)(lea, { name: 'La Table Ouverte', country: 'FR' })).id;
  for (const [i, name] of ['Amal', 'Bilal', 'Chirine', 'Dawit'].entries()) {
    const personId = (
      await createPerson(deps)(lea, {
        identity: { givenName: name, familyName: 'Test', referentUserId: lea.actor.userId },
      })
    ).id;
    personIds.push(personId);
    await enrolPerson(deps)(lea, {
      programId,
      personId,
      enrolledOn: '2025-01-06',
      intake: { source: 'walk_in' },
    });
    const contract = (over: Record<string, unknown>) =>
      recordPlacement(deps)(lea, {
        personId,
        employerId,
        jobTitle: 'Commis de cuisine',
        contractType: 'cdd',
        startsOn: '2025-03-01',
        plannedEndOn: '2025-08-31',
        ...over,
      });
    const renewed = await contract({ wageCents: 180_000 + i, wagePeriod: 'month' });
    await renewPlacement(deps)(lea, {
      placementId: renewed.id,
      newEndOn: '2025-12-31',
      decidedOn: '2025-08-01',
    });
    if (i % 2 === 0)
      await renewPlacement(deps)(lea, {
        placementId: renewed.id,
        newEndOn: '2026-02-28',
        decidedOn: '2025-12-01',
      });
    if (i >= 2)
      await endPlacementEarly(deps)(lea, {
        placementId: renewed.id,
        endedOn: '2025-10-15',
        reason: 'resignation',
      });
    const early = await contract({
      startsOn: '2026-03-01',
      plannedEndOn: '2026-09-30',
      hoursPerWeek: 35,
      wageCents: 1200,
      wagePeriod: 'hour',
    });
    if (i % 2 === 1)
      await endPlacementEarly(deps)(lea, {
        placementId: early.id,
        endedOn: '2026-05-31',
        reason: 'hired_elsewhere',
      });
    await contract({ contractType: 'cdi', startsOn: '2026-10-01', plannedEndOn: null });
    const { items } = await personEnrolments(deps)(lea, { personId });
    const enrolmentId = items[0]?.id as string;
    if (i === 3) continue;
    const exit = await recordExit(deps)(lea, {
      enrolmentId,
      outcome: i === 0 ? 'qualifying_training' : 'permanent_contract',
      exitOn: '2025-06-30',
      evidence: { kind: 'declaration' },
      ...(i === 1 && { credentialObtained: { name: 'CAP Cuisine', obtainedOn: '2025-06-15' } }),
    });
    if (i === 2)
      await correctExit(deps)(lea, {
        exitId: exit.id,
        outcome: 'job_search',
        exitOn: '2025-07-15',
        evidence: { kind: 'declaration' },
        correctionReason: 'Le contrat ne s’est pas fait',
      });
  }
});
afterAll(() => database.close());

const byStart = <T extends { personId: string; startsOn: string; endsOn: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) =>
    `${a.personId}${a.startsOn}${a.endsOn}` < `${b.personId}${b.startsOn}${b.endsOn}` ? -1 : 1,
  );

describe('lean reads of the program dashboard', () => {
  it('gives each contract the end, wage and levels the full read gives, renewals and early ends included', async () => {
    const cohort = programCohortPersonIds(database.db, programId, [organizationId], '2026-11-20');
    const lean = await jobSpellsOfPeopleQuery(database.db, cohort);
    const full = await jobSpellsOfPeople(database.db, personIds);
    expect(lean).toHaveLength(12);
    expect(byStart(lean)).toEqual(byStart(full));
    expect(new Set(lean.map((j) => j.endsOn))).toEqual(
      new Set(['2025-12-31', '2026-02-28', '2025-10-15', '2026-09-30', '2026-05-31', null]),
    );
  });

  it('reads the current exits and the follow-ups as the full reads do', async () => {
    const exits = exitsRepository(database.db);
    const lean = await exits.currentExitFactsOfProgram(programId, [organizationId]);
    const full = await exits.currentExitsOfProgram(programId, [organizationId]);
    expect(lean).toHaveLength(3);
    expect(
      lean
        .map(({ credentialNamed, ...row }) => ({ ...row, credentialNamed }))
        .sort((a, b) => (a.enrolmentId < b.enrolmentId ? -1 : 1)),
    ).toEqual(
      full
        .map((e) => ({
          enrolmentId: e.enrolmentId,
          outcome: e.outcome,
          exitOn: e.exitOn,
          contractStartOn: e.contractStartOn,
          contractEndOn: e.contractEndOn,
          region: e.region,
          credentialObtainedOn: e.credentialObtainedOn,
          evidenceKind: e.evidenceKind,
          verdict: e.verdict,
          ruleVersion: e.ruleVersion,
          credentialNamed: Boolean(e.credentialName),
        }))
        .sort((a, b) => (a.enrolmentId < b.enrolmentId ? -1 : 1)),
    );
    const followUps = followUpsRepository(database.db);
    const leanFollowUps = await followUps.factsOfProgram(programId, [organizationId]);
    const fullFollowUps = await followUps.ofProgram(programId, [organizationId]);
    expect(leanFollowUps.length).toBeGreaterThan(0);
    const key = (f: { enrolmentId: string; months: number }) => `${f.enrolmentId}/${f.months}`;
    expect([...leanFollowUps].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(
      [...fullFollowUps]
        .map((f) => ({
          enrolmentId: f.enrolmentId,
          months: f.months,
          dueOn: f.dueOn,
          status: f.status,
          answeredOn: f.answeredOn,
          answer: f.answer,
        }))
        .sort((a, b) => (key(a) < key(b) ? -1 : 1)),
    );
  });
});
