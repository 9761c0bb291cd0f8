import type { Actor } from '../../../core/auth/actor.js';
import { followUpRoles, type Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { commonErrors } from '../../../core/errors.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ActionRecord, actionsRepository } from '../adapters/actions-repository.js';
import { type MeetingRecord, meetingsRepository } from '../adapters/meetings-repository.js';
import { meetingErrors } from '../errors.js';

/**
 * Who takes part in a consortium's meetings: staff who follow people (directors, coordinators,
 * referents, counselors). Administrators configure the platform and funders read figures: neither
 * reads a consortium's governance (docs/meetings.md).
 */
export const meetingRoles: readonly Role[] = followUpRoles;

/** Who runs them: coordinators and directors of the consortium's coordinating organization. */
export const meetingRunRoles: readonly Role[] = ['coordinator', 'director'];

/** The actor's organization coordinates the consortium: it sees every meeting of it. */
export const coordinates = (actor: Actor, consortiumId: string) =>
  actor.coordinatedConsortiumIds.includes(consortiumId);

/** Creates meetings, writes minutes, records attendance, decides actions. */
export const runs = (actor: Actor, consortiumId: string) =>
  coordinates(actor, consortiumId) && meetingRunRoles.includes(actor.role);

/**
 * A meeting the actor may read: any of a consortium its organization coordinates, or one its
 * organization was invited to (as a member). Anything else answers as if it did not exist.
 */
export async function visibleMeeting(db: Executor, actor: Actor, meetingId: string): Promise<MeetingRecord> {
  const repo = meetingsRepository(db);
  const meeting = await repo.find(meetingId);
  if (!meeting) throw meetingErrors.meetingNotFound();
  if (coordinates(actor, meeting.consortiumId)) return meeting;
  if (!actor.consortiumIds.includes(meeting.consortiumId)) throw meetingErrors.meetingNotFound();
  const invited = await repo.invitations([meeting.id]);
  if (!invited.some((row) => row.memberOrganizationId === actor.organizationId))
    throw meetingErrors.meetingNotFound();
  return meeting;
}

/** A meeting the actor runs: others who may read it are refused (403), the rest find nothing (404). */
export async function meetingToRun(db: Executor, actor: Actor, meetingId: string): Promise<MeetingRecord> {
  const meeting = await visibleMeeting(db, actor, meetingId);
  if (!runs(actor, meeting.consortiumId)) throw commonErrors.forbidden();
  return meeting;
}

/**
 * An action the actor may see: one of a meeting it may read, or one its organization owns in a
 * consortium it is a member of (the open-actions list shows those).
 */
export async function visibleAction(
  db: Executor,
  actor: Actor,
  actionId: string,
): Promise<{ action: ActionRecord; meeting: MeetingRecord }> {
  const repo = meetingsRepository(db);
  const action = await actionsRepository(db).findAction(actionId);
  if (!action) throw meetingErrors.actionNotFound();
  const meeting = await repo.find(action.meetingId);
  if (!meeting) throw meetingErrors.actionNotFound();
  const owns =
    action.ownerOrganizationId === actor.organizationId && actor.consortiumIds.includes(meeting.consortiumId);
  if (owns || coordinates(actor, meeting.consortiumId)) return { action, meeting };
  try {
    await visibleMeeting(db, actor, meeting.id);
  } catch {
    throw meetingErrors.actionNotFound();
  }
  return { action, meeting };
}

/** The consortium's members and its coordinating organization: who may be invited and own actions. */
export async function consortiumParticipants(db: Executor, consortiumId: string) {
  const organizations = organizationsApi(db);
  const consortium = await organizations.findConsortium(consortiumId);
  if (!consortium) return [];
  const members = await organizations.consortiumMembers(consortiumId);
  const coordination = await organizations.findOrganization(consortium.coordinatingOrganizationId);
  const all = new Map<string, { id: string; name: string }>();
  if (coordination) all.set(coordination.id, { id: coordination.id, name: coordination.name });
  for (const member of members) all.set(member.id, { id: member.id, name: member.name });
  return [...all.values()];
}

export function requireParticipants(
  participants: readonly { id: string }[],
  organizationIds: readonly string[],
): void {
  const known = new Set(participants.map((p) => p.id));
  const stranger = organizationIds.find((id) => !known.has(id));
  if (stranger) throw meetingErrors.notAMember(undefined, { organizationId: stranger });
}
