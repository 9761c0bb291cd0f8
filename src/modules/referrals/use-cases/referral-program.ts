import type { Executor } from '../../../core/db/types.js';
import { enrolmentsOfPeople, programNames, takesPartInProgram } from '../../programs/api.js';
import { referralErrors } from '../errors.js';

export interface ProgramName {
  id: string;
  nameFr: string;
  nameEn: string;
}

/** The programs of the person's open enrolments with the organization, once each. */
export async function openProgramsOf(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<ProgramName[]> {
  const programs = new Map<string, ProgramName>();
  for (const e of await enrolmentsOfPeople(db, organizationId, [personId]))
    if (e.status === 'enrolled')
      programs.set(e.programId, { id: e.programId, nameFr: e.programNameFr, nameEn: e.programNameEn });
  return [...programs.values()];
}

/** Those of the programs the receiving organization takes part in too (all of them for a directory service). */
export async function programsSharedWith(
  db: Executor,
  programs: readonly ProgramName[],
  receiverOrganizationId: string | null,
): Promise<ProgramName[]> {
  if (!receiverOrganizationId) return [...programs];
  const shared: ProgramName[] = [];
  for (const program of programs)
    if (await takesPartInProgram(db, program.id, receiverOrganizationId)) shared.push(program);
  return shared;
}

/**
 * The program a referral is made in (docs/referrals.md, "Program"). Asked for: it must be one the
 * sender takes part in, and the receiving organization too (a directory service is outside programs),
 * else 400 REFERRAL_PROGRAM_NOT_SHARED; the person need not be enrolled in it (a referral may come
 * before the enrolment, in outreach). Not asked for (absent): the person's open enrolment with the
 * sender when exactly one is in such a program, else none. null: none.
 */
export async function programOfReferral(
  db: Executor,
  referral: {
    organizationId: string;
    personId: string;
    receiverOrganizationId: string | null;
    programId: string | null | undefined;
  },
): Promise<ProgramName | null> {
  if (referral.programId === null) return null;
  if (referral.programId === undefined) {
    const candidates = await programsSharedWith(
      db,
      await openProgramsOf(db, referral.organizationId, referral.personId),
      referral.receiverOrganizationId,
    );
    return candidates.length === 1 ? candidates[0]! : null;
  }
  const program = await programNames(db, referral.programId);
  const shared =
    program &&
    (await takesPartInProgram(db, program.id, referral.organizationId)) &&
    (!referral.receiverOrganizationId ||
      (await takesPartInProgram(db, program.id, referral.receiverOrganizationId)));
  if (!program || !shared) throw referralErrors.programNotShared();
  return program;
}
