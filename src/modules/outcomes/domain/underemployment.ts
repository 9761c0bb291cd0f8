import { rateOf } from './measure.js';
import type { JobSpell, OutcomeRecord } from './records.js';

/**
 * Underemployment (déclassement): holding a job whose ISCO skill level is below the level the
 * person's qualification reaches — the engineer trained abroad who works as a cleaner. Counted in
 * persons, over those employed with both levels known; those with a level unknown are reported apart,
 * never guessed.
 */

export type EmploymentStatus = 'not_employed' | 'levels_unknown' | 'underemployed' | 'matched';

export interface Underemployment {
  employed: number;
  /** Employed with both levels known: the rate's denominator. */
  knownLevels: number;
  underemployed: number;
  rate: number | null;
  members: Record<EmploymentStatus, string[]>;
}

export function statusOf(
  jobLevel: number | null,
  personLevel: number | null,
): Exclude<EmploymentStatus, 'not_employed'> {
  if (jobLevel === null || personLevel === null) return 'levels_unknown';
  return jobLevel < personLevel ? 'underemployed' : 'matched';
}

/** The contract running on the day; with several, the latest started (the one the person moved to). */
export function jobRunningOn(jobs: readonly JobSpell[], on: string): JobSpell | null {
  let running: JobSpell | null = null;
  for (const job of jobs) {
    if (job.startsOn > on || (job.endsOn !== null && job.endsOn < on)) continue;
    if (running === null || job.startsOn > running.startsOn) running = job;
  }
  return running;
}

/** A person's status on a day; the job's own record of the person's level wins over the person's facts. */
export function employmentStatusOn(record: OutcomeRecord, on: string): EmploymentStatus {
  const job = jobRunningOn(record.jobs, on);
  if (job === null) return 'not_employed';
  return statusOf(job.jobSkillLevel, job.personSkillLevel ?? record.person.qualificationSkillLevel);
}

/** Before accompaniment: the job held at entry, from the person's facts. */
export function employmentStatusAtEntry(record: OutcomeRecord): EmploymentStatus {
  if (record.person.jobAtEntrySkillLevel === null) return 'not_employed';
  return statusOf(record.person.jobAtEntrySkillLevel, record.person.qualificationSkillLevel);
}

export function tally(statuses: ReadonlyMap<string, EmploymentStatus>): Underemployment {
  const members: Record<EmploymentStatus, string[]> = {
    not_employed: [],
    levels_unknown: [],
    underemployed: [],
    matched: [],
  };
  for (const [id, status] of [...statuses].sort(([a], [b]) => (a < b ? -1 : 1))) members[status].push(id);
  const knownLevels = members.underemployed.length + members.matched.length;
  return {
    employed: knownLevels + members.levels_unknown.length,
    knownLevels,
    underemployed: members.underemployed.length,
    rate: rateOf(members.underemployed.length, knownLevels),
    members,
  };
}

/** One record per person, the latest enrolment (its jobs are the person's, whichever enrolment carries them). */
export function latestRecordByPerson(records: readonly OutcomeRecord[]): Map<string, OutcomeRecord> {
  const latest = new Map<string, OutcomeRecord>();
  for (const record of records) {
    const seen = latest.get(record.personId);
    if (seen === undefined || seen.enteredOn < record.enteredOn) latest.set(record.personId, record);
  }
  return latest;
}

function allJobsByPerson(records: readonly OutcomeRecord[]): Map<string, JobSpell[]> {
  const jobs = new Map<string, JobSpell[]>();
  for (const record of records)
    jobs.set(record.personId, [...(jobs.get(record.personId) ?? []), ...record.jobs]);
  return jobs;
}

/** Underemployment on a day, per person (the job running that day). */
export function underemploymentAt(records: readonly OutcomeRecord[], on: string): Underemployment {
  const statuses = new Map<string, EmploymentStatus>();
  const jobsByPerson = allJobsByPerson(records);
  for (const [personId, record] of latestRecordByPerson(records)) {
    const jobs = jobsByPerson.get(personId) ?? [];
    statuses.set(personId, employmentStatusOn({ ...record, jobs }, on));
  }
  return tally(statuses);
}

/**
 * Before and after accompaniment, per person. Before: the job held at entry (PersonFacts). After: the
 * job running on `asOf`, or, with `after: 'exit'`, on the exit date of those who left (the others on `asOf`).
 */
export function underemploymentBeforeAfter(
  records: readonly OutcomeRecord[],
  options: { asOf: string; after?: 'asOf' | 'exit' },
): { before: Underemployment; after: Underemployment } {
  const before = new Map<string, EmploymentStatus>();
  const after = new Map<string, EmploymentStatus>();
  const jobsByPerson = allJobsByPerson(records);
  for (const [personId, record] of latestRecordByPerson(records)) {
    const jobs = jobsByPerson.get(personId) ?? [];
    const on = options.after === 'exit' && record.exit !== null ? record.exit.on : options.asOf;
    before.set(personId, employmentStatusAtEntry(record));
    after.set(personId, employmentStatusOn({ ...record, jobs }, on));
  }
  return { before: tally(before), after: tally(after) };
}
