/**
 * "Employed in one's field" (issue 18's outcomes hook; Louisville's "credential obtained and employed
 * in the field"): a person on a recognition pathway holds a contract in an occupation equivalent to the
 * pathway's. Two occupations are equivalent when they share an ESCO occupation, an ISCO-08 unit group,
 * or a national code the crosswalks say is the same job (exact or close match). Pure: the footprints
 * are built from the reference module's crosswalks by the caller.
 */

/** What an occupation of any classification stands on: its ESCO occupations, ISCO unit groups, national codes. */
export interface OccupationFootprint {
  escoIds: readonly string[];
  /** ISCO-08 unit groups: four digits. */
  iscoUnits: readonly string[];
  /** National codes as `scheme:code` ('onet:29-1141.00', 'rome:J1506'). */
  codes: readonly string[];
}

export const emptyFootprint: OccupationFootprint = { escoIds: [], iscoUnits: [], codes: [] };

const meet = (a: readonly string[], b: readonly string[]) => a.some((value) => b.includes(value));

/** The two occupations are the same field: one ESCO occupation, ISCO unit group or national code in common. */
export function sameField(a: OccupationFootprint, b: OccupationFootprint): boolean {
  return meet(a.escoIds, b.escoIds) || meet(a.iscoUnits, b.iscoUnits) || meet(a.codes, b.codes);
}

/** Where a case stands for this measure: a credential obtained, still on the way, or neither. */
export type FieldStanding = 'credential' | 'in_progress' | 'other';

export interface FieldCase {
  personId: string;
  startedOn: string;
  standing: FieldStanding;
  occupation: OccupationFootprint;
}

export interface FieldJob {
  personId: string;
  startsOn: string;
  /** The contract's end (with renewals and an early end); null while it runs with no end planned. */
  endsOn: string | null;
  occupation: OccupationFootprint;
}

export interface FieldPeriod {
  from: string | null;
  to: string | null;
}

/** The job counts for the case: in its field, held on or after the case's start, and during the period. */
export function jobCountsFor(job: FieldJob, c: FieldCase, period: FieldPeriod): boolean {
  if (job.personId !== c.personId) return false;
  if (job.endsOn !== null && job.endsOn < c.startedOn) return false;
  if (period.to !== null && job.startsOn > period.to) return false;
  if (period.from !== null && job.endsOn !== null && job.endsOn < period.from) return false;
  return sameField(job.occupation, c.occupation);
}

/**
 * Distinct people employed in the field of their case: those whose case gave a credential, and, of the
 * others, those still on the way. A person counts once, with a credential if any of their cases gave one.
 */
export function employedInField(
  cases: readonly FieldCase[],
  jobs: readonly FieldJob[],
  period: FieldPeriod = { from: null, to: null },
): { credentialObtained: number; inProgress: number } {
  const withCredential = new Set<string>();
  const onTheWay = new Set<string>();
  const jobsOf = new Map<string, FieldJob[]>();
  for (const job of jobs) jobsOf.set(job.personId, [...(jobsOf.get(job.personId) ?? []), job]);
  for (const c of cases) {
    if (c.standing === 'other') continue;
    if (!(jobsOf.get(c.personId) ?? []).some((job) => jobCountsFor(job, c, period))) continue;
    (c.standing === 'credential' ? withCredential : onTheWay).add(c.personId);
  }
  for (const person of withCredential) onTheWay.delete(person);
  return { credentialObtained: withCredential.size, inProgress: onTheWay.size };
}
