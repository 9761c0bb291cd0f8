import { personDataRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { referentRepository } from '../adapters/referent-repository.js';
import type { Handover } from '../domain/referent-distribution.js';
import { peopleErrors } from '../errors.js';

/**
 * Refuses, before anything changes, a referent who is not staff of the organization (reported without
 * a name: their name is not the organization's to know), who has no role working with people's files,
 * or whose account is disabled (both named, so the director knows whom to replace).
 */
export async function requireEligibleReferents(
  db: Executor,
  organizationId: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  const staff = await organizationsApi(db).staffOfOrganization(organizationId);
  const roleOf = new Map(staff.map((s) => [s.userId, s.role]));
  const active = await accountsApi(db).mailboxes(userIds.filter((id) => roleOf.has(id)));
  const names = await accountsApi(db).displayNames(userIds.filter((id) => roleOf.has(id)));
  for (const userId of userIds) {
    const role = roleOf.get(userId);
    if (role === undefined) throw peopleErrors.referentNotStaff(undefined, { userId });
    if (!(personDataRoles as readonly string[]).includes(role) || !active.has(userId))
      throw peopleErrors.referentNotEligible({ name: names.get(userId) ?? '' }, { userId });
  }
  return names;
}

/**
 * Writes the handovers: the people's referent, one history row and one timeline event per person
 * (with the names only). The caller has checked scope and eligibility and writes the audit entry.
 */
export async function recordHandovers(
  db: Executor,
  scope: {
    organizationId: string;
    changedBy: string;
    reason: string | null;
    now: Date;
    newId: () => string;
    timeline: TimelinePublisher;
  },
  handovers: readonly Handover[],
): Promise<void> {
  if (handovers.length === 0) return;
  const repo = referentRepository(db);
  const byTarget = new Map<string, string[]>();
  for (const h of handovers) byTarget.set(h.toUserId, [...(byTarget.get(h.toUserId) ?? []), h.personId]);
  for (const [toUserId, personIds] of byTarget)
    await repo.setReferent(scope.organizationId, personIds, toUserId, scope.now);
  await repo.insertChanges(
    handovers.map((h) => ({
      id: scope.newId(),
      organizationId: scope.organizationId,
      personId: h.personId,
      fromUserId: h.fromUserId,
      toUserId: h.toUserId,
      reason: scope.reason,
      changedBy: scope.changedBy,
      changedAt: scope.now,
    })),
  );
  const names = await accountsApi(db).displayNames(
    handovers.flatMap((h) => (h.fromUserId ? [h.fromUserId, h.toUserId] : [h.toUserId])),
  );
  for (const h of handovers) {
    await scope.timeline.publish({
      organizationId: scope.organizationId,
      personId: h.personId,
      occurredAt: scope.now,
      module: 'people',
      kind: 'person.referent_changed',
      resourceType: 'person',
      resourceId: h.personId,
      data: {
        from: h.fromUserId ? (names.get(h.fromUserId) ?? null) : null,
        to: names.get(h.toUserId) ?? null,
      },
      recordedBy: scope.changedBy,
    });
  }
}
