import { addMonths } from '../../core/calendar.js';
import type { ExitOutcome } from '../../modules/outcomes/api.js';
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

/** ILLUSTRATIVE DATA. What became of young people of the first IPR intakes, with what supports it. */
const leavers: { outcome: ExitOutcome; contractMonths?: number; training?: string }[] = [
  { outcome: 'fixed_term_contract', contractMonths: 4 },
  { outcome: 'qualifying_training', training: 'Titre professionnel Cuisinier (AFPA Montpellier)' },
  { outcome: 'apprenticeship', contractMonths: 24 },
  { outcome: 'pre_qualifying_training', training: 'Prépa apprentissage — bâtiment' },
  { outcome: 'permanent_contract' },
  { outcome: 'job_search' },
  { outcome: 'studies', training: 'Diplôme d’accès aux études universitaires (DAEU)' },
  { outcome: 'temporary_work', contractMonths: 2 },
  { outcome: 'dropped_out' },
  { outcome: 'moved_abroad' },
  { outcome: 'qualifying_training', training: 'CAP Maintenance des bâtiments de collectivités' },
  { outcome: 'permanent_contract' },
];

/**
 * Exits of IPR young people at a Mission Locale, 7 to 18 months ago: into jobs (CDI, CDD, temporary
 * work, apprenticeship) and into training (qualifying, pre-qualifying, studies), two still looking or
 * gone, one moved abroad (excluded). Followed up at 3, 6 and 12 months: two never reached at 3
 * months, one 12-month call left to the daily sweep.
 */
export async function loadIprOutcomes(team: Team, programId: string, random: Random) {
  let exits = 0;
  for (const [index, leaver] of leavers.entries()) {
    const enrolledOn = team.monthsAgo(11 + index, -(index % 13));
    const statusDate = addMonths(enrolledOn, -random.int(1, 6));
    const { personId, enrolmentId } = await enrolledAlumnus(team, programId, enrolledOn, {
      identity: {
        ...identityOf(random, random.pick(['AF', 'SY', 'SD', 'ER', 'UA'])),
        birthDate: `${Number(enrolledOn.slice(0, 4)) - random.int(18, 23)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        city: 'Montpellier',
        region: 'Occitanie',
        country: 'FR',
        immigrationStatus: random.pick(['refugee', 'subsidiary_protection'] as const),
        asylumApplicationDate: addMonths(statusDate, -random.int(5, 12)),
        statusDate,
        arrivalDate: addMonths(statusDate, -random.int(6, 14)),
      },
      consents: [{ purpose: 'program_data_processing', givenOn: enrolledOn }],
    });
    const exitOn = addMonths(enrolledOn, 4);
    const contractStartOn = addDays(exitOn, 1);
    const exit: ExitInput = {
      outcome: leaver.outcome,
      exitOn,
      evidence: leaver.training
        ? { kind: 'training', trainingName: leaver.training }
        : { kind: 'declaration' },
      ...(leaver.contractMonths
        ? { contractStartOn, contractEndOn: addDays(addMonths(contractStartOn, leaver.contractMonths), -1) }
        : leaver.outcome === 'permanent_contract'
          ? { contractStartOn }
          : {}),
    };
    await recordDemoExit(team, enrolmentId, exit);
    exits++;
    const working = leaver.contractMonths !== undefined || leaver.outcome === 'permanent_contract';
    await followUpDemo(team, personId, (months) => {
      if ((index === 5 || index === 8) && months === 3) return 'unreachable';
      if (index === 10 && months === 12) return 'pending';
      const stillWorking = working && (leaver.contractMonths ?? 99) >= months;
      return {
        employed: stillWorking || (months >= 6 && random.chance(0.4)),
        sameEmployer: stillWorking,
        contractType: stillWorking
          ? leaver.outcome === 'permanent_contract'
            ? 'permanent'
            : 'fixed_term'
          : null,
        hoursPerWeek: stillWorking ? 35 : null,
        wageBand: stillWorking ? '1000_1499' : null,
        inTraining: leaver.training !== undefined && months <= 6,
        satisfied: random.pick([3, 4, 5] as const),
      };
    });
  }
  return { exits };
}
