import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import { givenRecognitionScene } from '../../../../test/support/recognition-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { recordPlacement } from '../../placements/use-cases/record-placement.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { openRecognitionCase } from '../../recognition/use-cases/open-case.js';
import { recordRecognitionResult } from '../../recognition/use-cases/record-result.js';
import { occupationRelations } from '../../reference/api.js';
import { correctExit } from './correct-exit.js';
import { addExitRuleVersion, listExitRules } from './exit-rules.js';
import { recordExit } from './record-exit.js';

/**
 * Louisville's rule, "credential obtained and employed in the field", decided when an exit is recorded:
 * the exit's contract compared with the credentials the person obtained through recognition cases (read
 * through the recognition module's api), on a Louisville-like program. The clock stands on 2026-06-01.
 */

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenRecognitionScene>>;
let programId: string;
let employerId: string;

/** An ESCO occupation the O*NET code's crosswalk calls the same job (else any it links). */
const escoOf = (onet: string) => {
  const links = occupationRelations().escoIdsOf('onet', onet);
  return (links.find((l) => l.relation === 'exactMatch' || l.relation === 'closeMatch') ?? links[0])!.escoId;
};
const registeredNurse = () => escoOf('29-1141.00');
const truckDriver = () => escoOf('53-3032.00');

const louisville = {
  positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'self_employment'] as (
    | 'permanent_contract'
    | 'fixed_term_contract'
    | 'self_employment'
  )[],
  fixedTermMinimumMonths: null,
  fixedTermComparison: 'more_than' as const,
  exclusions: ['deceased', 'moved_abroad'] as ('deceased' | 'moved_abroad')[],
  requireQualificationLevel: false,
  requireCredential: true,
  countingUnit: 'person' as const,
  measuredMonthsAfterEntry: null,
  followUpMonths: [6, 12],
  unreachableAfterAttempts: 3,
};

/** A person enrolled on 2026-01-15, licensed as a registered nurse in Kentucky on `licensedOn` (if given). */
async function nurse(givenName: string, licensedOn: string | null) {
  const { deps, staff } = scene;
  const personId = await scene.givenPerson(givenName);
  await enrolPerson(deps)(staff.counselor, {
    programId,
    personId,
    enrolledOn: '2026-01-15',
    intake: { source: 'walk_in' },
  });
  const enrolmentId = (await personEnrolments(deps)(staff.counselor, { personId })).items[0]!.id;
  const opened = await openRecognitionCase(deps)(staff.counselor, {
    personId,
    pathwayId: scene.nurse.id,
    startedOn: '2026-02-01',
  });
  if (licensedOn)
    await recordRecognitionResult(deps)(staff.counselor, {
      caseId: opened.id,
      result: 'recognised',
      decidedOn: licensedOn,
      credential: { kind: 'licence', name: 'Registered Nurse (Kentucky)', obtainedOn: licensedOn },
    });
  return { personId, enrolmentId };
}

async function hired(personId: string, escoId: string | null) {
  const placement = await recordPlacement(scene.deps)(scene.staff.counselor, {
    personId,
    employerId,
    jobTitle: escoId ? 'Hired' : 'Hired (occupation not recorded)',
    escoId,
    contractType: 'permanent',
    workingTime: 'full_time',
    startsOn: '2026-04-20',
    plannedEndOn: null,
  });
  return placement.id;
}

const exitOn = (enrolmentId: string, placementId: string | null, on = '2026-05-01') =>
  recordExit(scene.deps)(scene.staff.counselor, {
    enrolmentId,
    outcome: 'permanent_contract',
    exitOn: on,
    evidence: placementId ? { kind: 'placement', placementId } : { kind: 'declaration' },
  });

const stored = (id: string) =>
  database.db
    .selectFrom('enrolment_exits')
    .select(['verdict', 'verdict_reason as reason', 'rule_version as ruleVersion'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenRecognitionScene(database);
  programId = await givenOutcomeProgram(scene.deps, scene.partner.id, {
    code: 'LOU-RECRED',
    nameFr: 'Reconnaissance des diplômes',
    nameEn: 'Recredentialing',
  });
  // Version 1 asks for a credential only; version 2, from 1 March, for the job in its field.
  await addExitRuleVersion(scene.deps)(systemContext(), {
    programId,
    effectiveFrom: '2026-01-01',
    ...louisville,
  });
  await addExitRuleVersion(scene.deps)(systemContext(), {
    programId,
    effectiveFrom: '2026-03-01',
    ...louisville,
    requireEmployedInField: true,
  });
  employerId = (
    await createEmployer(scene.deps)(scene.staff.counselor, { name: 'Ohio Valley Health', country: 'US' })
  ).id;
});
afterAll(() => database.close());

describe('credential obtained and employed in the field', () => {
  it('counts a licensed nurse hired as a registered nurse', async () => {
    const { personId, enrolmentId } = await nurse('Chioma', '2026-04-01');
    const exit = await exitOn(enrolmentId, await hired(personId, registeredNurse()));
    expect(exit).toMatchObject({ verdict: 'positive', ruleVersion: 2 });
    expect(await stored(exit.id)).toEqual({
      verdict: 'positive',
      reason: 'positive_outcome',
      ruleVersion: 2,
    });
  });

  it('does not count the same licence with a job in another field', async () => {
    const { personId, enrolmentId } = await nurse('Ifeoma', '2026-04-01');
    const exit = await exitOn(enrolmentId, await hired(personId, truckDriver()));
    expect(await stored(exit.id)).toEqual({
      verdict: 'not_positive',
      reason: 'not_in_field',
      ruleVersion: 2,
    });
  });

  it('cannot tell the field of a job without an occupation, nor of an exit resting on no contract', async () => {
    const first = await nurse('Ngozi', '2026-04-01');
    const noOccupation = await exitOn(first.enrolmentId, await hired(first.personId, null));
    expect(await stored(noOccupation.id)).toEqual({
      verdict: 'not_positive',
      reason: 'field_unknown',
      ruleVersion: 2,
    });
    const second = await nurse('Adaeze', '2026-04-01');
    const declared = await exitOn(second.enrolmentId, null);
    expect(await stored(declared.id)).toMatchObject({ reason: 'field_unknown' });
  });

  it('asks for a credential obtained by the exit day: a licence to come, or none, is missing', async () => {
    const later = await nurse('Amara', '2026-05-20');
    const beforeLicence = await exitOn(later.enrolmentId, await hired(later.personId, registeredNurse()));
    expect(await stored(beforeLicence.id)).toMatchObject({
      verdict: 'not_positive',
      reason: 'credential_missing',
    });
    const refused = await nurse('Obiageli', null);
    const noLicence = await exitOn(refused.enrolmentId, await hired(refused.personId, registeredNurse()));
    expect(await stored(noLicence.id)).toMatchObject({ reason: 'credential_missing' });
  });

  it('keeps the older version for an exit dated before the new one: a credential is enough there', async () => {
    const { personId, enrolmentId } = await nurse('Nneka', '2026-02-10');
    const exit = await exitOn(enrolmentId, await hired(personId, truckDriver()), '2026-02-20');
    expect(await stored(exit.id)).toEqual({
      verdict: 'positive',
      reason: 'positive_outcome',
      ruleVersion: 1,
    });
  });

  it('decides a correction again on the facts read then: the exit moved onto the nursing contract counts', async () => {
    const { personId, enrolmentId } = await nurse('Uchenna', '2026-04-01');
    const wrong = await exitOn(enrolmentId, await hired(personId, truckDriver()));
    expect(await stored(wrong.id)).toMatchObject({ reason: 'not_in_field' });
    const corrected = await correctExit(scene.deps)(scene.staff.counselor, {
      exitId: wrong.id,
      correctionReason: 'The hospital contract was the one she took.',
      outcome: 'permanent_contract',
      exitOn: '2026-05-01',
      evidence: { kind: 'placement', placementId: await hired(personId, registeredNurse()) },
    });
    expect(await stored(corrected.id)).toEqual({
      verdict: 'positive',
      reason: 'positive_outcome',
      ruleVersion: 2,
    });
  });

  it('reads versions written before the setting existed as not asking for the field', async () => {
    const { items } = await listExitRules(scene.deps)(scene.staff.coordinator, { programId });
    expect(items.map((v) => [v.version, v.requireEmployedInField])).toEqual([
      [2, true],
      [1, false],
    ]);
    // A version stored without the key, as every version written before it was.
    await sql`UPDATE exit_rule_versions SET rule = rule - 'requireEmployedInField' WHERE program_id = ${programId} AND version = 1`.execute(
      database.db,
    );
    const raw = await database.db
      .selectFrom('exit_rule_versions')
      .select('rule')
      .where('program_id', '=', programId)
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw.rule)).not.toContain('requireEmployedInField');
    const again = await listExitRules(scene.deps)(scene.staff.coordinator, { programId });
    expect(again.items.find((v) => v.version === 1)?.requireEmployedInField).toBe(false);
  });
});
