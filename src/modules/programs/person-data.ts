/** The programs module's part in the person's rights (export, anonymization, retention), through `api.ts`. */
import type { Executor } from '../../core/db/types.js';
import { programsPersonDataRepository } from './adapters/person-data-repository.js';

/**
 * The person's enrolments in the organization's programs, with the verdict of their eligibility.
 * The facts it was evaluated on are the file's own (sealed with the enrolment), not repeated here.
 */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  return programsPersonDataRepository(db).enrolments(organizationId, personId);
}

/** Keeps every enrolment (program figures count them) without its free texts; returns how many. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return programsPersonDataRepository(db).anonymize(organizationId, personId);
}

/**
 * Of these people, those whose files have outlived their last enrolment: no enrolment open, and
 * the last one ended before `endedBefore` ('YYYY-MM-DD'). People never enrolled are `neverEnrolled`.
 */
export async function enrolmentRetention(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  endedBefore: string,
) {
  const rows = await programsPersonDataRepository(db).enrolmentEnds(organizationId, personIds);
  const enrolled = new Set(rows.map((r) => r.personId));
  return {
    expired: rows
      .filter((r) => Number(r.open) === 0 && r.lastEndedOn !== null && String(r.lastEndedOn) < endedBefore)
      .map((r) => r.personId),
    neverEnrolled: personIds.filter((id) => !enrolled.has(id)),
  };
}
