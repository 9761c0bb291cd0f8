import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import type { meetingErrors } from '../errors.js';

export interface StaffMember {
  userId: string;
  name: string | null;
}

/**
 * The active staff accounts of each organization, by name: who may be named as having attended for it,
 * or as carrying one of its actions. A deactivated account (staff who left) is not offered, but stays
 * named where it was recorded before.
 */
export async function activeStaffOf(
  db: Executor,
  organizationIds: readonly string[],
): Promise<Map<string, StaffMember[]>> {
  const organizations = organizationsApi(db);
  const memberships = await Promise.all(
    [...new Set(organizationIds)].map(async (id) => ({
      id,
      userIds: (await organizations.staffOfOrganization(id)).map((m) => m.userId),
    })),
  );
  const active = await accountsApi(db).mailboxes(memberships.flatMap((m) => m.userIds));
  return new Map(
    memberships.map(({ id, userIds }) => [
      id,
      [...new Set(userIds)]
        .filter((userId) => active.has(userId))
        .map((userId) => ({ userId, name: active.get(userId)?.displayName ?? null }))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
    ]),
  );
}

/** Refuses (400) any account that is not an active staff account of the organization. */
export async function requireActiveStaff(
  db: Executor,
  organizationId: string,
  userIds: readonly string[],
  refusal: typeof meetingErrors.attendeeNotStaff,
): Promise<void> {
  if (userIds.length === 0) return;
  const staff = new Set(
    ((await activeStaffOf(db, [organizationId])).get(organizationId) ?? []).map((s) => s.userId),
  );
  const stranger = userIds.find((id) => !staff.has(id));
  if (stranger) throw refusal(undefined, { organizationId, userId: stranger });
}
