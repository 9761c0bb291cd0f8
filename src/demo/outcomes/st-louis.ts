import { addMonths } from '../../core/calendar.js';
import { recordPlacement } from '../../modules/placements/use-cases/record-placement.js';
import type { Random } from '../random.js';
import { employersOf, enrolledAlumnus, identityOf, recordDemoExit, type Team } from './shared.js';

/** ESCO occupations (ids from reference-data/esco) with their ISCO-08 skill level in comments. */
const professions = [
  {
    field: 'Civil engineering',
    abroad: ['d7d986e1-7333-431b-9719-0c5c6939e360', 'Civil engineer'], // 2142: level 4
    below: ['0f5cc4eb-925d-4b99-be6d-b0964a253a9a', 'Civil engineering technician'], // 3112: level 3
    employer: 'Confluence Civil Engineering Group',
    salary: 6_200_000,
  },
  {
    field: 'Nursing',
    abroad: ['8d3e8aaa-791b-4c75-a465-f3f827028f50', 'Registered nurse'], // 2221: level 4
    below: ['d38c2107-98f2-47b7-8bb4-f69750d51082', 'Patient care assistant'], // 5321: level 2
    employer: 'Gateway Regional Medical Center',
    salary: 6_800_000,
  },
  {
    field: 'Accounting',
    abroad: ['eda0d957-3c3c-4139-b89a-a18bc9e18897', 'Staff accountant'], // 2411: level 4
    below: ['bfe142b9-a049-4d41-89c4-fd2f34ac56b6', 'Accounting assistant'], // 3313: level 3
    employer: 'Arch City Precision Manufacturing',
    salary: 5_600_000,
  },
  {
    field: 'Pharmacy',
    abroad: ['7c132147-428b-4ea3-87e1-70f7abb691ce', 'Pharmacist'], // 2262: level 4
    below: ['c1a86d6d-7785-43e1-994b-958eba58fff7', 'Pharmacy technician'], // 3213: level 3
    employer: 'Gateway Regional Medical Center',
    salary: 9_800_000,
  },
] as const;

/** The jobs they took on arrival, below any degree (ISCO major group 9: level 1). */
const survivalJobs = [
  ['e1cf6897-158d-4b48-a39e-2a3a8cac216c', 'Kitchen helper'],
  ['cbad55a4-c7cf-4ab6-9540-eac72b26729b', 'Housekeeper'],
  ['bea705fe-06ac-4147-b8e0-6e8ac1208d8f', 'Warehouse associate'],
  ['f5cb9901-86fc-48d0-9cde-667fbe8cef3a', 'Packer'],
] as const;

/** Countries of training: three groups of ten or more, and one small group the statistics suppress. */
const trainingCountries = [
  ...Array(12).fill('SY'),
  ...Array(11).fill('AF'),
  ...Array(10).fill('UA'),
  'CD',
  'CD',
  'CD',
];

/**
 * ILLUSTRATIVE DATA. Refugee Career Pathways' professionals trained abroad (bachelor's and master's
 * degrees from Syria, Afghanistan, Ukraine, the DR Congo), enrolled 6 to 20 months ago while working
 * below their level (kitchen helper, housekeeper, warehouse associate, packer). After accompaniment a
 * third work at their level (engineer, nurse, accountant, pharmacist: they leave the program, a
 * positive exit), a third in their field below their level (technician, care assistant: half leave,
 * not a positive exit under a rule asking for the person's level), a third are still accompanied.
 */
export async function loadStLouisOutcomes(team: Team, programId: string, random: Random) {
  const employers = await employersOf(team);
  let exits = 0;
  let placements = 0;
  for (const [index, country] of trainingCountries.entries()) {
    const profession = professions[index % professions.length]!;
    const [entryJobEsco, entryJobLabel] = survivalJobs[(index * 7) % survivalJobs.length]!;
    const enrolledOn = team.monthsAgo(6 + (index % 15), -(index % 20));
    const arrivalDate = addMonths(enrolledOn, -random.int(2, 40));
    const arrivalYear = Number(arrivalDate.slice(0, 4));
    const birthYear = Number(enrolledOn.slice(0, 4)) - random.int(28, 52);
    const { personId, enrolmentId } = await enrolledAlumnus(team, programId, enrolledOn, {
      identity: {
        ...identityOf(random, country),
        birthDate: `${birthYear}-0${random.int(1, 9)}-2${random.int(0, 8)}`,
        city: 'St. Louis',
        region: 'Missouri',
        country: 'US',
        immigrationStatus: 'refugee',
        statusDate: arrivalDate,
        arrivalDate,
      },
      education: [
        {
          iscedLevel: index % 4 === 0 ? 7 : 6,
          field: profession.field,
          country,
          obtainedAbroad: true,
          yearCompleted: birthYear + random.int(22, 26),
        },
      ],
      experience: [
        {
          occupationLabel: profession.abroad[1],
          escoId: profession.abroad[0],
          country,
          startYear: birthYear + 26,
          endYear: Math.max(birthYear + 27, arrivalYear - 1),
        },
        // The job held at entry: no end year.
        { occupationLabel: entryJobLabel, escoId: entryJobEsco, country: 'US', startYear: arrivalYear },
      ],
      consents: [{ purpose: 'program_data_processing', givenOn: enrolledOn }],
    });
    const placed = index % 3 === 0 ? 'at_level' : index % 3 === 1 ? 'below' : null;
    if (placed === null) continue;
    const employerId = employers.get(profession.employer);
    if (!employerId) continue;
    const [escoId, jobTitle] = placed === 'at_level' ? profession.abroad : profession.below;
    const startsOn = team.monthsAgo(1 + (index % 5), -(index % 11));
    const { id: placementId } = await recordPlacement(team.deps)(team.ctx, {
      personId,
      employerId,
      jobTitle,
      escoId,
      contractType: 'permanent',
      workingTime: 'full_time',
      hoursPerWeek: 40,
      wage: {
        cents: placed === 'at_level' ? profession.salary : Math.round(profession.salary * 0.6),
        period: 'year',
      },
      startsOn,
    });
    placements++;
    if (placed === 'below' && index % 2 === 1) continue;
    await recordDemoExit(team, enrolmentId, {
      outcome: 'permanent_contract',
      exitOn: startsOn,
      evidence: { kind: 'placement', placementId },
    });
    exits++;
  }
  return { exits, placements };
}
