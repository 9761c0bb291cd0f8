/** What other modules may ask of programs. They never read its tables. */
import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { cohortEnrolments } from './adapters/cohort-query.js';
import { exitEnrolmentsRepository } from './adapters/exit-enrolments-repository.js';
import { householdKeysRepository } from './adapters/household-keys-repository.js';
import { programIntensityRepository } from './adapters/program-intensity-repository.js';
import { programsRepository } from './adapters/programs-repository.js';
import { participatingOrganizations, steers, takesPart } from './use-cases/program-access.js';

/**
 * A query fragment selecting `person_id` of the organization's enrolments, to embed as
 * `where('people.id', 'in', enrolledPersonIds(...))`: one SQL statement serves a caseload page.
 */
export function enrolledPersonIds(
  db: Executor,
  filter: { organizationId: string; programId?: string; status?: string },
) {
  return programsRepository(db).enrolledPersonIds(filter);
}

/** Enrolments of these people in the organization, newest first, with the program's names. */
export function enrolmentsOfPeople(db: Executor, organizationId: string, personIds: readonly string[]) {
  return programsRepository(db).enrolmentsOfPeople(organizationId, personIds);
}

/**
 * How far the actor sees a program: undefined when its organization takes no part; `steers` when it
 * runs or coordinates the program (and so reads every member's figures, not only its own).
 */
export async function programScopeOf(
  db: Executor,
  actor: Actor,
  programId: string,
): Promise<{ programId: string; steers: boolean } | undefined> {
  const program = await programsRepository(db).findProgram(programId);
  if (!program || !takesPart(actor, program)) return undefined;
  return { programId: program.id, steers: steers(actor, program) };
}

/** Each program's expected contacts a month (reinforced accompaniment); null when it sets none. */
export function expectedContactsPerMonth(db: Executor, programIds: readonly string[]) {
  return programIntensityRepository(db).expectedContacts(programIds);
}

/**
 * A query selecting `person_id` and `expected_contacts` (the highest when several programs apply) for
 * the organization's people enrolled in a program that expects an intensity of accompaniment.
 */
export function enrolledWithExpectedContacts(db: Executor, organizationId: string) {
  return programIntensityRepository(db).enrolledWithExpectedContacts(organizationId);
}

/**
 * Enrolments of a program overlapping a period (withdrawals excluded: they never started), limited to
 * the given organizations, or every participating organization's when undefined.
 */
export function programEnrolmentSpans(
  db: Executor,
  programId: string,
  organizationIds: readonly string[] | undefined,
  period: { from: string; to: string },
) {
  return programIntensityRepository(db).enrolmentSpans(programId, organizationIds, period.from, period.to);
}

/** An enrolment to end with an exit, locked until the change commits; undefined when unknown. */
export function enrolmentForExit(db: Executor, enrolmentId: string) {
  return exitEnrolmentsRepository(db).forExit(enrolmentId);
}

/** The day an exited enrolment ended, moved by a correction of its exit (the outcomes module checked it). */
export function moveEnrolmentEnd(db: Executor, enrolmentId: string, endedOn: string) {
  return exitEnrolmentsRepository(db).moveEnd(enrolmentId, endedOn);
}

/** A program's enrolments entered by a day (withdrawals left out), of these organizations or all. */
export function programCohort(
  db: Executor,
  programId: string,
  organizationIds: readonly string[] | undefined,
  enteredBy: string,
) {
  return exitEnrolmentsRepository(db).cohort(programId, organizationIds, enteredBy);
}

/**
 * The person ids of `programCohort`, as a query to embed (`where('person_id', 'in', …)`): a program of
 * 100,000 people would otherwise be a list of ids beyond what one statement may bind.
 */
export function programCohortPersonIds(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  enteredBy: string,
) {
  return exitEnrolmentsRepository(db).personIdsOfCohort(programId, organizationIds, enteredBy);
}

/**
 * The enrolments of `programCohort` (id, person_id, organization_id, household_key, enrolled_on) as a
 * query to embed: the outcome figures count a whole program in the database, never over a list of ids.
 */
export { cohortQuery as programCohortQuery } from './adapters/cohort-query.js';

/**
 * The program the actor takes part in, with whether it steers it and the organizations taking part;
 * undefined when it takes no part (the caller answers not found). No actor: the platform itself.
 */
export async function programForFigures(db: Executor, actor: Actor | null, programId: string) {
  const program = await programsRepository(db).findProgram(programId);
  if (!program || (actor && !takesPart(actor, program))) return undefined;
  return {
    id: program.id,
    organizationId: program.organizationId,
    /** The consortium that runs it, if any (the front door's queue is the consortium's). */
    consortiumId: program.consortiumId,
    nameFr: program.nameFr,
    nameEn: program.nameEn,
    countingUnit: program.countingUnit,
    steers: actor ? steers(actor, program) : true,
    organizations: await participatingOrganizations(db, program),
  };
}

/** Enrolment of the files a caseload import opens; the composition root hands it to people's import. */
export { importEnrolments } from './import-enrolments.js';
export * as programsPersonData from './person-data.js';
export { closeEnrolment } from './use-cases/close-enrolment.js';

/**
 * Moves these people's OPEN enrolments in the organization to a household key (the household they
 * joined, or their own id when they leave one), in the caller's transaction; closed enrolments keep
 * theirs. The people module's household use cases receive it from the composition root
 * (src/server/routes.ts): people cannot import programs, which depends on it.
 */
export function rekeyOpenEnrolments(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  householdKey: string,
): Promise<number> {
  return householdKeysRepository(db).rekeyOpenEnrolments(organizationId, personIds, householdKey);
}
export { cohortReportFacts } from './adapters/report-enrolments-repository.js';
/**
 * `cohortReportFacts` as a query to embed (funder reports counted by the database): each enrolment
 * of the cohort's `id`, `intake_source` and `ended_on`.
 */
export function cohortReportFactsQuery(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  enteredBy: string,
) {
  return cohortEnrolments(db, programId, organizationIds, enteredBy).select([
    'id',
    'intake_source',
    'ended_on',
  ]);
}
export {
  carryOnEnrolment,
  countEnrolmentsUnder,
  handedOffReason,
  openEnrolmentOf,
  programNames,
  takesPartInProgram,
} from './enrolment-continuation.js';
/** Target against actual with trajectory, projection and status, as the program page shows them (funder reports). */
export { targetProgressOf } from './use-cases/program-progress.js';

/** The program's targets (a total and rows per member, each a period, a count and a unit). */
export function programTargets(db: Executor, programId: string) {
  return programsRepository(db).targets(programId);
}
