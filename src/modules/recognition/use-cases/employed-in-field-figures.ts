import type { Executor } from '../../../core/db/types.js';
import { jobOccupationsOfPeople } from '../../placements/api.js';
import { caseStatusOf } from '../domain/case-rules.js';
import { employedInField, type FieldCase, type FieldStanding } from '../domain/employed-in-field.js';
import type { FiguresPeriod } from '../domain/figures-period.js';
import type { RecognitionResult } from '../domain/vocabulary.js';
import { footprintOf, footprintOfJob } from './occupation-footprints.js';

interface CaseOfPeriod {
  personId: string;
  pathwayId: string;
  startedOn: string;
  result: RecognitionResult | null;
  closedOn: string | null;
  credentialObtainedOn: string | null;
}

/** A case with a credential dated by the period's end; else still running; else neither. */
function standingOf(c: CaseOfPeriod, period: FiguresPeriod): FieldStanding {
  const credential =
    (c.result === 'recognised' || c.result === 'partial') &&
    c.credentialObtainedOn !== null &&
    (period.to === null || c.credentialObtainedOn <= period.to);
  if (credential) return 'credential';
  return caseStatusOf(c) === 'open' ? 'in_progress' : 'other';
}

/**
 * Per pathway, the people employed in its field (`employedInField`): their contracts come from the
 * placements module's api (every organization's, like the cases: counts only), each occupation's
 * footprint from the reference module's crosswalks.
 */
export async function employedInFieldOf(
  db: Executor,
  pathways: readonly { id: string; occupation: { scheme: string; code: string } }[],
  cases: readonly CaseOfPeriod[],
  period: FiguresPeriod,
) {
  const counted = cases.filter((c) => standingOf(c, period) !== 'other');
  const people = [...new Set(counted.map((c) => c.personId))];
  const jobs = (await jobOccupationsOfPeople(db, people)).map((job) => ({
    personId: job.personId,
    startsOn: job.startsOn,
    endsOn: job.endsOn,
    occupation: footprintOfJob(job),
  }));
  const figures = new Map<string, { credentialObtained: number; inProgress: number }>();
  for (const pathway of pathways) {
    const occupation = footprintOf(pathway.occupation);
    const onPathway: FieldCase[] = counted
      .filter((c) => c.pathwayId === pathway.id)
      .map((c) => ({
        personId: c.personId,
        startedOn: c.startedOn,
        standing: standingOf(c, period),
        occupation,
      }));
    figures.set(pathway.id, employedInField(onPathway, jobs, period));
  }
  return figures;
}
