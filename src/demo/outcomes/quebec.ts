import { addMonths } from '../../core/calendar.js';
import type { Random } from '../random.js';
import { enrolledAlumnus, followUpDemo, identityOf, recordDemoExit, type Team } from './shared.js';

const regions = [
  'Bas-Saint-Laurent',
  'Saguenay–Lac-Saint-Jean',
  'Abitibi-Témiscamingue',
  'Bas-Saint-Laurent',
  'Côte-Nord',
  'Saguenay–Lac-Saint-Jean',
];

/**
 * ILLUSTRATIVE DATA. Households of Emplois en régions who settled in a region 7 to 20 months ago, with
 * their follow-ups at 6 and 12 months by phone: most still there, one back in Montréal after six
 * months, one never reached (three calls), one 12-month call still to make; one household went back
 * to looking for work in Montréal.
 */
export async function loadQuebecOutcomes(team: Team, programId: string, random: Random) {
  let exits = 0;
  for (let index = 0; index < 13; index++) {
    const enrolledOn = team.monthsAgo(10 + index, -(index % 9));
    const arrivalDate = addMonths(enrolledOn, -random.int(4, 60));
    const { personId, enrolmentId } = await enrolledAlumnus(team, programId, enrolledOn, {
      identity: {
        ...identityOf(random, random.pick(['HT', 'CD', 'VE', 'SY', 'UA'])),
        birthDate: `${Number(enrolledOn.slice(0, 4)) - random.int(25, 48)}-1${random.int(0, 2)}-0${random.int(1, 9)}`,
        city: 'Montréal',
        region: 'Québec',
        country: 'CA',
        immigrationStatus: random.pick(['permanent_resident', 'permanent_resident', 'refugee'] as const),
        statusDate: arrivalDate,
        arrivalDate,
      },
      household: Array.from({ length: index % 4 }, (_, child) => ({
        relation: child === 0 ? ('spouse' as const) : ('child' as const),
        birthYear: child === 0 ? Number(enrolledOn.slice(0, 4)) - 35 : 2012 + child * 3,
      })),
      consents: [{ purpose: 'program_data_processing', givenOn: enrolledOn }],
    });
    const exitOn = addMonths(enrolledOn, 3);
    if (index === 12) {
      await recordDemoExit(team, enrolmentId, {
        outcome: 'job_search',
        exitOn,
        evidence: { kind: 'declaration' },
      });
      exits++;
      await followUpDemo(team, personId, (months) => ({
        employed: months >= 12,
        inTraining: months < 12,
        inRegion: false,
        satisfied: 3,
      }));
      continue;
    }
    await recordDemoExit(team, enrolmentId, {
      outcome: 'moved_to_region',
      exitOn,
      region: regions[index % regions.length]!,
      evidence: { kind: 'declaration' },
      note: 'Installation de la famille en région avec une offre d’emploi.',
    });
    exits++;
    await followUpDemo(team, personId, (months) => {
      if (index === 4) return 'unreachable';
      if (index === 7 && months === 12) return 'pending';
      const moved = index === 2 && months >= 6;
      return {
        employed: !moved || random.chance(0.5),
        sameEmployer: !moved,
        contractType: moved ? null : 'permanent',
        hoursPerWeek: 40,
        wageBand: '3000_plus',
        inTraining: false,
        inRegion: !moved,
        satisfied: moved ? 2 : random.pick([4, 5] as const),
      };
    });
  }
  return { exits };
}
