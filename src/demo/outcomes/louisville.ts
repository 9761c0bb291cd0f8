import { systemContext } from '../../core/auth/actor.js';
import { addMonths } from '../../core/calendar.js';
import { addExitRuleVersion } from '../../modules/outcomes/use-cases/exit-rules.js';
import { jobOccupationsOfPeople } from '../../modules/placements/api.js';
import { listPersonPlacements } from '../../modules/placements/use-cases/list-person-placements.js';
import { recordPlacement } from '../../modules/placements/use-cases/record-placement.js';
import { enrolledPersonIds } from '../../modules/programs/api.js';
import { personEnrolments } from '../../modules/programs/use-cases/person-enrolments.js';
import { credentialFieldsOfPeople, jobOccupationFootprint } from '../../modules/recognition/api.js';
import { sameField } from '../../modules/recognition/domain/employed-in-field.js';
import { listPathways } from '../../modules/recognition/use-cases/get-pathway.js';
import { openRecognitionCase } from '../../modules/recognition/use-cases/open-case.js';
import { recordRecognitionResult } from '../../modules/recognition/use-cases/record-result.js';
import { updateRecognitionCaseStep } from '../../modules/recognition/use-cases/update-case-step.js';
import { occupationRelations } from '../../modules/reference/api.js';
import { addDays } from '../demo-calendar.js';
import type { Random } from '../random.js';
import { louisvilleFieldVersion } from './rules.js';
import {
  type ExitInput,
  employersOf,
  enrolledAlumnus,
  followUpDemo,
  identityOf,
  recordDemoExit,
  type Team,
} from './shared.js';

/** ILLUSTRATIVE DATA. Professionals trained abroad and the credential each sought in Kentucky. */
const recredentialed = [
  { field: 'Nursing', credential: 'Kentucky Board of Nursing — RN license', obtained: true },
  { field: 'Accounting', credential: 'Kentucky CPA license', obtained: true },
  { field: 'Civil engineering', credential: 'Kentucky Engineer Intern (EI) certification', obtained: true },
  { field: 'Nursing', credential: 'Kentucky Board of Nursing — RN license', obtained: true },
  { field: 'Teaching', credential: 'Kentucky teaching certificate', obtained: false },
  { field: 'Pharmacy', credential: 'Kentucky pharmacist license', obtained: true },
  { field: 'Nursing', credential: 'Kentucky Board of Nursing — RN license', obtained: false },
  { field: 'Law', credential: null, obtained: false },
  { field: 'Computer science', credential: null, obtained: false },
];

/**
 * Exits of the recredentialing program 3 to 11 months ago: most employed with their Kentucky license
 * (positive: the rule asks for the credential), two employed without it yet, one referred on, one still
 * looking; the 6-month follow-ups answered by phone, one call left to the daily sweep. From two months
 * ago the rule asks for the job to be in the credential's field (a second version; the exits above keep
 * the first): the recognition demo's licensed nurse, hired as a registered nurse, leaves the program
 * with a positive exit, and a nurse licensed the same way but working as a nursing assistant does not.
 */
export async function loadLouisvilleOutcomes(team: Team, programId: string, random: Random) {
  await addExitRuleVersion(team.deps)(systemContext('demo-loader'), {
    programId,
    effectiveFrom: team.monthsAgo(2),
    ...louisvilleFieldVersion,
  });
  let exits = 0;
  for (const [index, person] of recredentialed.entries()) {
    const enrolledOn = team.monthsAgo(8 + index, -(index % 7));
    const arrivalDate = addMonths(enrolledOn, -random.int(6, 60));
    const { personId, enrolmentId } = await enrolledAlumnus(team, programId, enrolledOn, {
      identity: {
        ...identityOf(random, random.pick(['AF', 'UA', 'CD', 'VE', 'HT', 'SY'])),
        birthDate: `${Number(enrolledOn.slice(0, 4)) - random.int(28, 50)}-0${random.int(1, 9)}-0${random.int(1, 9)}`,
        city: 'Louisville',
        region: 'Kentucky',
        country: 'US',
        immigrationStatus: random.pick(['refugee', 'permanent_resident'] as const),
        statusDate: arrivalDate,
        arrivalDate,
      },
      education: [{ iscedLevel: 6, field: person.field, obtainedAbroad: true }],
      consents: [{ purpose: 'program_data_processing', givenOn: enrolledOn }],
    });
    const exitOn = addMonths(enrolledOn, 5);
    const exit: ExitInput =
      index === 7
        ? { outcome: 'referred_to_other_program', exitOn, evidence: { kind: 'declaration' } }
        : index === 8
          ? { outcome: 'job_search', exitOn, evidence: { kind: 'declaration' } }
          : {
              outcome: 'permanent_contract',
              exitOn,
              contractStartOn: addDays(exitOn, 1),
              evidence: { kind: 'declaration' },
              ...(person.obtained && person.credential
                ? { credentialObtained: { name: person.credential, obtainedOn: addDays(exitOn, -20) } }
                : {}),
            };
    await recordDemoExit(team, enrolmentId, exit);
    exits++;
    await followUpDemo(team, personId, (months) => {
      if (index === 4 && months === 6) return 'pending';
      const employed = index < 7;
      return {
        employed,
        sameEmployer: employed,
        contractType: employed ? 'permanent' : null,
        hoursPerWeek: employed ? 40 : null,
        wageBand: employed ? '3000_plus' : null,
        inTraining: !employed,
        satisfied: random.pick([4, 5] as const),
      };
    });
  }
  exits += await nurseEmployedInField(team, programId);
  exits += await nurseEmployedOutsideField(team, programId, random);
  return { exits };
}

/** An ESCO occupation the O*NET code's crosswalk calls the same job. */
const escoOfOnet = (code: string) =>
  occupationRelations()
    .escoIdsOf('onet', code)
    .find((link) => link.relation === 'exactMatch' || link.relation === 'closeMatch')?.escoId ?? null;

const enrolmentIn = async (team: Team, programId: string, personId: string) =>
  (await personEnrolments(team.deps)(team.ctx, { personId })).items.find(
    (e) => e.programId === programId && e.status === 'enrolled',
  );

/**
 * The person the recognition demo licensed and hired as a registered nurse (a current participant with a
 * credential and a contract in its field) leaves the program a month ago on that contract: positive
 * under the second version.
 */
async function nurseEmployedInField(team: Team, programId: string): Promise<number> {
  const { db } = team.deps;
  const organizationId = team.ctx.actor!.organizationId;
  const current = (
    await enrolledPersonIds(db, { organizationId, programId, status: 'enrolled' }).execute()
  ).map((row) => row.person_id);
  const credentials = await credentialFieldsOfPeople(db, current);
  const jobs = await jobOccupationsOfPeople(db, [...new Set(credentials.map((c) => c.personId))]);
  const nurse = credentials.find(
    (c) =>
      c.occupation.code === '29-1141.00' &&
      jobs.some((job) => job.personId === c.personId && sameField(jobOccupationFootprint(job), c.field)),
  );
  if (!nurse) return 0;
  const enrolment = await enrolmentIn(team, programId, nurse.personId);
  const placements = (await listPersonPlacements(team.deps)(team.ctx, { personId: nurse.personId })).items;
  const inField = placements.find(
    (p) => p.occupation && sameField(jobOccupationFootprint(p.occupation), nurse.field),
  );
  if (!enrolment || !inField) return 0;
  await recordDemoExit(team, enrolment.id, {
    outcome: 'permanent_contract',
    exitOn: team.monthsAgo(1),
    evidence: { kind: 'placement', placementId: inField.id },
  });
  return 1;
}

/**
 * A nurse trained abroad, licensed in Kentucky through the registered-nurse pathway three months ago,
 * who took a nursing assistant's job (another ISCO unit group) and left the program on it: employed,
 * with her licence, but not in its field — not a positive exit under the second version.
 */
async function nurseEmployedOutsideField(team: Team, programId: string, random: Random): Promise<number> {
  const pathway = (
    await listPathways(team.deps)(team.ctx, {
      jurisdiction: 'US-KY',
      scheme: 'onet',
      code: '29-1141.00',
      includeRetired: 'false',
    })
  ).items[0];
  const hospital = (await employersOf(team)).get('Ohio Valley Health System');
  const nursingAssistant = escoOfOnet('31-1131.00');
  if (!pathway || !hospital || !nursingAssistant) return 0;
  const enrolledOn = team.monthsAgo(11);
  const arrivalDate = addMonths(enrolledOn, -random.int(6, 36));
  const { personId, enrolmentId } = await enrolledAlumnus(team, programId, enrolledOn, {
    identity: {
      ...identityOf(random, 'CD'),
      sex: 'female',
      birthDate: `${Number(enrolledOn.slice(0, 4)) - 34}-04-12`,
      city: 'Louisville',
      region: 'Kentucky',
      country: 'US',
      immigrationStatus: 'refugee',
      statusDate: arrivalDate,
      arrivalDate,
    },
    education: [{ iscedLevel: 6, field: 'Nursing', obtainedAbroad: true }],
    consents: [{ purpose: 'program_data_processing', givenOn: enrolledOn }],
  });
  let view = await openRecognitionCase(team.deps)(team.ctx, {
    personId,
    pathwayId: pathway.id,
    startedOn: addDays(enrolledOn, 7),
  });
  let day = addDays(enrolledOn, 7);
  for (const step of view.steps) {
    const doneOn = addDays(day, 30);
    view = await updateRecognitionCaseStep(team.deps)(team.ctx, {
      stepId: step.id,
      status: 'done',
      startedOn: day,
      doneOn,
      ...(step.typicalCostCents ? { actualCostCents: step.typicalCostCents, paidBy: 'person' as const } : {}),
    });
    day = doneOn;
  }
  // Six steps of thirty days from a week after entry end five months ago: the licence follows.
  const licensedOn = team.monthsAgo(3);
  await recordRecognitionResult(team.deps)(team.ctx, {
    caseId: view.id,
    result: 'recognised',
    decidedOn: licensedOn,
    credential: {
      kind: 'licence',
      name: 'Registered Nurse (Kentucky)',
      obtainedOn: licensedOn,
    },
  });
  const placement = await recordPlacement(team.deps)(team.ctx, {
    personId,
    employerId: hospital,
    jobTitle: 'Certified Nursing Assistant',
    escoId: nursingAssistant,
    contractType: 'permanent',
    workingTime: 'full_time',
    hoursPerWeek: 40,
    wage: { cents: 1_850, period: 'hour' },
    startsOn: team.monthsAgo(2, 10),
    plannedEndOn: null,
  });
  await recordDemoExit(team, enrolmentId, {
    outcome: 'permanent_contract',
    exitOn: team.monthsAgo(1, 5),
    evidence: { kind: 'placement', placementId: placement.id },
  });
  return 1;
}
