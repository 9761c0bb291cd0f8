/**
 * What other modules may ask of the applications module. They never read its tables. Placements
 * (helper B's module) records a hire from an application with `applicationForHire` then
 * `markApplicationHired`, in its own transaction, so that "hired" always has its placement. Privacy
 * exports and anonymizes through `applicationsPersonData`.
 */

import { auditWriter } from '../../core/audit/audit-log.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { uuidv7 } from '../../core/ids.js';
import { timelinePublisher } from '../../core/timeline/timeline.js';
import { type ApplicationRecord, applicationsRepository } from './adapters/applications-repository.js';
import { isHireable } from './domain/application-state.js';
import { applicationErrors } from './errors.js';
import { visibleApplication } from './use-cases/application-access.js';
import { recordMove } from './use-cases/application-moves.js';

export {
  type ApplicationState,
  applicationStates,
  isHireable,
  liveApplicationStates,
  type RefusalParty,
  type RefusalReasonCode,
  refusalReasons,
} from './domain/application-state.js';
export { applicationErrors } from './errors.js';
export * as applicationsPersonData from './person-data.js';

export interface ApplicationForHire {
  applicationId: string;
  personId: string;
  offerId: string;
  employerId: string;
}

/**
 * The application a placement is about to record as a hire, read under lock until the caller's
 * transaction ends. APPLICATION_NOT_FOUND (404) when it is not the actor's organization's or its person
 * is not followed there; APPLICATION_NOT_HIREABLE (409) unless its file was sent (sent or interview).
 * The caller checks the actor's role (placements' own).
 */
export async function applicationForHire(
  db: Executor,
  actor: Actor,
  applicationId: string,
): Promise<ApplicationForHire> {
  const application = await visibleApplication(db, actor, applicationId, true);
  if (!isHireable(application.state)) throw applicationErrors.notHireable({ state: application.state });
  return {
    applicationId: application.id,
    personId: application.personId,
    offerId: application.offerId,
    employerId: application.employerId,
  };
}

/**
 * Moves the application to hired on `onDate` ('YYYY-MM-DD', the contract's start or the day of the
 * hire) with `placementId`, in the caller's transaction: the history's row, the person's timeline and
 * the audit log. Same errors as `applicationForHire`. `clock` gives the use case's `now` and `newId`
 * (tests and demos control them); without it, the current time and UUIDv7.
 */
export async function markApplicationHired(
  db: Executor,
  actor: Actor,
  applicationId: string,
  placementId: string,
  onDate: string,
  clock: { now: Date; newId: () => string; requestId?: string | null } = { now: new Date(), newId: uuidv7 },
): Promise<void> {
  const application = await visibleApplication(db, actor, applicationId, true);
  if (!isHireable(application.state)) throw applicationErrors.notHireable({ state: application.state });
  const { now, newId } = clock;
  await recordMove(
    db,
    {
      actor,
      now,
      newId,
      audit: auditWriter(db, () => now, newId),
      timeline: timelinePublisher(db, () => now, newId),
    },
    application,
    { to: 'hired', onDate, placementId },
    clock.requestId ?? null,
  );
}

/** Every application of the person (any organization's), newest first: for the privacy export. */
export async function applicationsOfPerson(db: Executor, personId: string): Promise<ApplicationRecord[]> {
  return applicationsRepository(db).allOfPerson(personId);
}
