import { addMonths } from '../../core/calendar.js';
import { addDays } from '../demo-calendar.js';
import type { Random } from '../random.js';
import {
  type ExitInput,
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
 * looking; the 6-month follow-ups answered by phone, one call left to the daily sweep.
 */
export async function loadLouisvilleOutcomes(team: Team, programId: string, random: Random) {
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
  return { exits };
}
