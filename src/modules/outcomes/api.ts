/**
 * What other modules may ask of the outcomes module. They never read its tables. The caseload shows
 * a follow-up after exit that has fallen due (`followUpDueSignals`, `personIdsWithFollowUpDue`);
 * privacy exports and anonymizes through `outcomesPersonData`.
 */
import type { Executor } from '../../core/db/types.js';
import { exitsRepository } from './adapters/exits-repository.js';
import { followUpsOfRecordsCte, jobsOfRecordsCte } from './adapters/figures/per-record.js';
import { type FiguresQuery, followUpsOf, jobsCte, recordsCte } from './adapters/figures/records.js';
import { runningJobsCte } from './adapters/figures/underemployment.js';
import { findingsCte } from './adapters/figures/unit-measures.js';
import { followUpsRepository } from './adapters/follow-ups-repository.js';

/**
 * The small-cell rule of published statistics (primary and complementary suppression, rates on small
 * denominators): the referral and hand-off figures of a program publish through it.
 */
export {
  type CountTable,
  type PublishedTable,
  suppressRates,
  suppressSmallCells,
} from './domain/small-cell-suppression.js';
export * from './domain/vocabulary.js';
export * as outcomesPersonData from './person-data.js';

/** For each of these people with a follow-up after exit due by `today` and not answered, its due day. */
export async function followUpDueSignals(
  db: Executor,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, string>> {
  const rows = await followUpsRepository(db).earliestDue(personIds, today);
  return new Map(rows.map((r) => [r.personId, r.dueOn]));
}

/** A subquery of the organization's person ids with a follow-up after exit due (caseload filter). */
export function personIdsWithFollowUpDue(db: Executor, organizationId: string, today: string) {
  return followUpsRepository(db).personIdsWithDue(organizationId, today);
}

export type { FiguresQuery as OutcomeFiguresQuery } from './adapters/figures/records.js';
/**
 * Funder reports compute over the same dated records as the outcome measures (`outcomeRecordsOf`),
 * with the program's positive-exit rule versions.
 */
export { outcomeRecordsOf } from './use-cases/outcome-records.js';

/**
 * The parts of the dashboard's statement (`adapters/figures/`) funder reports count with: `r`, the
 * cohort's records with their current exit and unit key `u`; the CTEs up to `m`, each record's rank
 * in every count-based measure (`j`, `jr`, `fr`, `m`); and the program's follow-ups joined to `r`
 * (`JOIN … f ON f.enrolment_id = r.id`); `running`, after the findings, the contract each person exited
 * in the period holds on a day, with its skill levels (underemployment). figures-match-measures.test.ts
 * checks them against the pure measures.
 */
export function outcomeFigureParts(db: Executor, q: FiguresQuery) {
  return {
    records: recordsCte(db, q),
    findings: [jobsCte(db, q), jobsOfRecordsCte(q), followUpsOfRecordsCte(q), findingsCte(q)],
    followUpsOfRecords: followUpsOf(q),
    runningJobsOn: (on: string) => runningJobsCte(on),
  };
}
/** The qualification levels of people the database cannot decide (the ESCO crosswalk is in memory). */
export { qualificationLevelsOf } from './adapters/figures/underemployment.js';
export function exitRuleVersions(db: Executor, programId: string) {
  return exitsRepository(db).ruleVersions(programId);
}

/** A move ends its enrolment with "moved to a region" inside the moves module's transaction. */
export { type ExitWritingScope, type RecordExitInput, recordExitWithin } from './use-cases/record-exit.js';

/**
 * The follow-ups after exit of these enrolments as the measures read them (whether the household
 * still lives in the region, answered on which day): the moves module's retention figures.
 */
export async function followUpFactsOfEnrolments(db: Executor, enrolmentIds: readonly string[]) {
  if (enrolmentIds.length === 0) return [];
  const rows = await followUpsRepository(db).ofEnrolments(enrolmentIds);
  return rows.map((r) => ({
    enrolmentId: r.enrolmentId,
    months: r.months,
    dueOn: r.dueOn,
    status: r.status,
    answeredOn: r.answeredOn,
    inRegion: r.answer?.inRegion ?? null,
  }));
}
