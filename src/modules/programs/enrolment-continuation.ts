import { sql } from 'kysely';
import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import type { IdGenerator } from '../../core/ids.js';
import { programsRepository } from './adapters/programs-repository.js';
import { openEligibilitySnapshot, sealEligibilitySnapshot } from './use-cases/eligibility-snapshot.js';
import { participatingOrganizations } from './use-cases/program-access.js';
import './adapters/tables.js';

/** Why an enrolment ended when another organization carries it on after a hand-off. */
export const handedOffReason = 'handed_off';

/** An open enrolment of the organization, with its program's names; undefined otherwise. */
export async function openEnrolmentOf(db: Executor, organizationId: string, enrolmentId: string) {
  const enrolment = await db
    .selectFrom('enrolments')
    .innerJoin('programs', 'programs.id', 'enrolments.program_id')
    .select([
      'enrolments.id',
      'enrolments.person_id as personId',
      'enrolments.program_id as programId',
      'programs.name_fr as nameFr',
      'programs.name_en as nameEn',
    ])
    .where('enrolments.id', '=', enrolmentId)
    .where('enrolments.organization_id', '=', organizationId)
    .where('enrolments.status', '=', 'enrolled')
    .executeTakeFirst();
  return enrolment;
}

/** A program's names, for a hand-off that carries an enrolment in it. */
export async function programNames(db: Executor, programId: string) {
  return db
    .selectFrom('programs')
    .select(['id', 'name_fr as nameFr', 'name_en as nameEn'])
    .where('id', '=', programId)
    .executeTakeFirst();
}

/** Whether an organization takes part in a program (it runs it, or is a member of its consortium). */
export async function takesPartInProgram(db: Executor, programId: string, organizationId: string) {
  const program = await programsRepository(db).findProgram(programId);
  if (!program) return false;
  return (await participatingOrganizations(db, program)).some((o) => o.id === organizationId);
}

/**
 * After a hand-off, the receiver carries on the sender's open enrolment: the sender's ends (withdrawn,
 * `handed_off`, not an exit: the person did not leave the program) and the receiver's begins with the
 * day the person entered the program, its source and household, marked as the continuation of the
 * other — so that the person is not a new entry, nor counted twice, and its exit is the receiver's.
 * The receiver's evaluation keeps only the verdict and its day: the rules' observations (status
 * and its dates) stay sealed with the enrolment that made them. Undefined when the enrolment is no
 * longer open.
 */
export async function carryOnEnrolment(
  scope: { trx: Executor; now: Date; newId: IdGenerator; keyRing: KeyRing | undefined },
  from: { organizationId: string; enrolmentId: string },
  to: { organizationId: string; personId: string; on: string; by: string; countingKey: string },
): Promise<{ id: string; programId: string } | undefined> {
  const { trx } = scope;
  const source = await trx
    .selectFrom('enrolments')
    .selectAll()
    .where('id', '=', from.enrolmentId)
    .where('organization_id', '=', from.organizationId)
    .where('status', '=', 'enrolled')
    .forUpdate()
    .executeTakeFirst();
  if (!source) return undefined;
  const evaluation = openEligibilitySnapshot(scope.keyRing, source.id, source.eligibility_snapshot);
  const repo = programsRepository(trx);
  await repo.endEnrolment(source.id, 'withdrawn', to.on, handedOffReason);
  const id = scope.newId();
  await repo.insertEnrolment({
    id,
    organizationId: to.organizationId,
    programId: source.program_id,
    personId: to.personId,
    householdKey: source.household_key,
    enrolledOn: source.enrolled_on,
    intakeSource: source.intake_source,
    intakePartnerOrganizationId: from.organizationId,
    intakeNote: null,
    verdict: source.eligibility_verdict,
    snapshot: sealEligibilitySnapshot(scope.keyRing, id, {
      verdict: evaluation.verdict,
      onDate: evaluation.onDate,
      results: [],
    }),
    overrideJustification: null,
    enrolledBy: to.by,
    now: scope.now,
    countingKey: to.countingKey,
  });
  await trx
    .updateTable('enrolments')
    .set({ continues_enrolment_id: source.id, accompanied_since: to.on })
    .where('id', '=', id)
    .execute();
  return { id, programId: source.program_id };
}

/**
 * Every enrolment of these files (open or closed, in any organization) counted under one key: the
 * person's files were linked (a hand-off, a duplicate decision "same").
 */
export async function countEnrolmentsUnder(db: Executor, personIds: readonly string[], key: string) {
  if (personIds.length === 0) return;
  await db
    .updateTable('enrolments')
    .set({ counting_key: key })
    .where('person_id', 'in', personIds)
    .where(sql<boolean>`counting_key IS DISTINCT FROM ${key}::uuid`)
    .execute();
}
