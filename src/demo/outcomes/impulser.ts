import { addMonths } from '../../core/calendar.js';
import type { ExitOutcome } from '../../modules/outcomes/api.js';
import { recordPlacement } from '../../modules/placements/use-cases/record-placement.js';
import { addDays } from '../demo-calendar.js';
import type { Random } from '../random.js';
import {
  type ExitInput,
  employersOf,
  enrolledAlumnus,
  followUpDemo,
  identityOf,
  recordDemoExit,
  type Team,
} from './shared.js';

/**
 * ILLUSTRATIVE DATA. impulseR's participants of the first intakes, 19 to 27 months ago, each with
 * what became of them before their 18-month mark: `months` after entry, a contract (`contract`
 * months long, none for a CDI) at a partner employer, a training, or none.
 */
interface Alumnus {
  outcome: ExitOutcome;
  months: number;
  contract?: { employer: string; jobTitle: string; escoId: string; months: number | null };
  training?: string;
}

const clinic = 'Clinique des Chartrons';
const warehouse = 'Logistique Bordeaux Fret';
const hospital = {
  employer: clinic,
  jobTitle: 'Agent de service hospitalier',
  escoId: 'a30734bb-2f10-4747-a94c-75f5ec3c63a4',
};
const picker = {
  employer: warehouse,
  jobTitle: 'Préparateur de commandes',
  escoId: 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
};
const catering = {
  employer: clinic,
  jobTitle: 'Agent de restauration',
  escoId: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c',
};
const cdi = (months: number, job: typeof hospital): Alumnus => ({
  outcome: 'permanent_contract',
  months,
  contract: { ...job, months: null },
});
const cdd = (months: number, job: typeof hospital, length: number): Alumnus => ({
  outcome: 'fixed_term_contract',
  months,
  contract: { ...job, months: length },
});

const alumni: Alumnus[] = [
  cdi(9, hospital),
  cdi(12, picker),
  cdd(8, picker, 12),
  cdi(14, catering),
  {
    outcome: 'qualifying_training',
    months: 10,
    training: 'Titre professionnel Agent de propreté et d’hygiène',
  },
  cdd(11, hospital, 4),
  cdi(7, picker),
  { outcome: 'long_illness', months: 6 },
  cdi(15, hospital),
  cdd(13, catering, 9),
  { outcome: 'dropped_out', months: 5 },
  cdi(12, picker),
  { outcome: 'qualifying_training', months: 13, training: 'CAP Agent de sécurité' },
  cdd(10, picker, 3),
  cdi(16, hospital),
  cdd(9, hospital, 12),
  { outcome: 'job_search', months: 17 },
  cdi(11, catering),
  cdd(14, picker, 7),
  cdi(8, hospital),
  // Entered 19 months ago, hired two months ago for exactly six months: positive under the second version.
  cdd(17, hospital, 6),
];

/**
 * Exits of impulseR's first intakes (enrolled 19–27 months ago, so their 18-month mark has come),
 * mostly into CDI and CDD of more than six months at the Gironde partners (their contracts recorded as
 * placements), two into a qualifying training, two short CDD, one dropped out, one still looking for
 * work, one long illness (excluded); their follow-ups answered by phone, one left to the daily sweep.
 */
export async function loadImpulserOutcomes(team: Team, programId: string, random: Random) {
  const employers = await employersOf(team);
  let exits = 0;
  for (const [index, alumnus] of alumni.entries()) {
    const last = index === alumni.length - 1;
    const enrolledOn = last ? team.monthsAgo(19, -3) : team.monthsAgo(19 + (index % 9), -(index % 17));
    const country = random.pick(['AF', 'SD', 'ER', 'SY']);
    const statusDate = addMonths(enrolledOn, -random.int(1, 12));
    const { personId, enrolmentId } = await enrolledAlumnus(team, programId, enrolledOn, {
      identity: {
        ...identityOf(random, country),
        birthDate: `${Number(enrolledOn.slice(0, 4)) - random.int(20, 45)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        city: random.pick(['Bordeaux', 'Mérignac', 'Pessac', 'Bègles', 'Libourne']),
        region: 'Nouvelle-Aquitaine',
        country: 'FR',
        immigrationStatus: random.chance(0.7) ? 'refugee' : 'subsidiary_protection',
        asylumApplicationDate: addMonths(statusDate, -random.int(6, 14)),
        statusDate,
        arrivalDate: addMonths(statusDate, -random.int(8, 20)),
      },
      consents: [{ purpose: 'program_data_processing', givenOn: enrolledOn }],
    });
    const exitOn = addMonths(enrolledOn, alumnus.months);
    let exit: ExitInput = { outcome: alumnus.outcome, exitOn, evidence: { kind: 'declaration' } };
    if (alumnus.contract) {
      const employerId = employers.get(alumnus.contract.employer);
      if (!employerId) continue;
      const startsOn = addDays(exitOn, 1);
      const fixed = alumnus.contract.months !== null;
      const { id: placementId } = await recordPlacement(team.deps)(team.ctx, {
        personId,
        employerId,
        jobTitle: alumnus.contract.jobTitle,
        escoId: alumnus.contract.escoId,
        contractType: fixed ? 'cdd' : 'cdi',
        workingTime: 'full_time',
        hoursPerWeek: 35,
        wage: { cents: 1_820_00, period: 'month' },
        startsOn,
        plannedEndOn: fixed ? addDays(addMonths(startsOn, alumnus.contract.months!), -1) : null,
      });
      exit = { ...exit, evidence: { kind: 'placement', placementId } };
    } else if (alumnus.training) {
      exit = { ...exit, evidence: { kind: 'training', trainingName: alumnus.training } };
    }
    await recordDemoExit(team, enrolmentId, exit);
    exits++;
    const employed = alumnus.contract !== undefined;
    await followUpDemo(team, personId, (months) => {
      if (alumnus.outcome === 'dropped_out') return 'unreachable';
      // One follow-up at 12 months waits for the counselor's call: the daily sweep makes it a task.
      if (index === 6 && months === 12) return 'pending';
      const stillInContract =
        employed && (alumnus.contract?.months == null || months <= alumnus.contract.months);
      if (stillInContract)
        return {
          employed: true,
          sameEmployer: true,
          contractType: alumnus.contract?.months == null ? 'permanent' : 'fixed_term',
          hoursPerWeek: 35,
          wageBand: '1500_1999',
          satisfied: random.pick([3, 4, 4, 5] as const),
        };
      if (alumnus.training) return { employed: false, inTraining: months <= 6, satisfied: 4 };
      return { employed: months >= 12 && random.chance(0.5), sameEmployer: false, inTraining: false };
    });
  }
  return { exits };
}
