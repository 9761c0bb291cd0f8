import type { Actor } from '../../../core/auth/actor.js';
import { requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import type { TimelineEvent, TimelinePublisher } from '../../../core/timeline/timeline.js';
import { organizationsApi } from '../../organizations/api.js';
import { type HouseholdRow, householdsRepository } from '../adapters/households-repository.js';
import { peopleErrors } from '../errors.js';

/**
 * Moves the OPEN enrolments of these people to `householdKey` (a household's id, or the person's own id
 * when they leave), in the caller's transaction, so that figures counted in households stay right;
 * closed enrolments keep the key they had. The programs module does it (`programs/api.ts`
 * `rekeyOpenEnrolments`), but programs depends on people, so people cannot import it: the composition
 * root (src/server/routes.ts, the demo, tests) hands it to the household use cases.
 */
export type FollowHouseholdKey = (
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  householdKey: string,
) => Promise<unknown>;

/** The household, locked, when the actor works with files and it is their organization's; 404 otherwise. */
export async function visibleHousehold(
  db: Executor,
  actor: Actor,
  householdId: string,
): Promise<HouseholdRow> {
  requireRole(actor, personDataRoles);
  const household = await householdsRepository(db).lockHousehold(householdId, actor.organizationId);
  if (!household) throw peopleErrors.householdNotFound();
  return household;
}

/** The organization's day: a member joins or leaves on it. */
export function todayOf(db: Executor, organizationId: string, now: Date): Promise<string> {
  return organizationsApi(db).todayOf(organizationId, now);
}

export type HouseholdEventKind =
  | 'household.formed'
  | 'household.joined'
  | 'household.member_joined'
  | 'household.left'
  | 'household.member_left'
  | 'household.main_contact_changed';

/**
 * One event per person on their timeline. Events name no other member (a name on another file's
 * timeline would outlive that person's anonymization): the household's page shows who.
 */
export function publishHouseholdEvents(
  timeline: TimelinePublisher,
  scope: { organizationId: string; householdId: string; recordedBy: string; now: Date },
  events: readonly { personId: string; kind: HouseholdEventKind }[],
): Promise<void> {
  return timeline.publishMany(
    events.map(
      (event): TimelineEvent => ({
        organizationId: scope.organizationId,
        personId: event.personId,
        occurredAt: scope.now,
        module: 'people',
        kind: event.kind,
        resourceType: 'household',
        resourceId: scope.householdId,
        recordedBy: scope.recordedBy,
      }),
    ),
  );
}
