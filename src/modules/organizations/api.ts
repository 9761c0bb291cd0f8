/**
 * What other modules may ask of organizations. They never read these tables themselves.
 */
import type { Executor } from '../../core/db/types.js';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../core/time-zone.js';
import { organizationsRepository } from './adapters/organizations-repository.js';
import { secondFactorPolicyRepository } from './adapters/second-factor-policy-repository.js';
import { defaultReminderDelays, type ReminderDelays } from './domain/reminder-delays.js';

export type { MembershipRow, OrganizationRow } from './adapters/organizations-repository.js';
export { defaultReminderDelays, type ReminderDelays } from './domain/reminder-delays.js';
/** The port through which a time zone change has the session figures rebuilt on the new days. */
export type { FollowTimeZone } from './use-cases/set-organization-time-zone.js';

export function organizationsApi(db: Executor) {
  const repo = organizationsRepository(db);
  /** The organization's IANA time zone (UTC for one not found). */
  const timeZoneOf = async (organizationId: string) =>
    (await repo.findOrganization(organizationId))?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    timeZoneOf,
    /**
     * Today ('YYYY-MM-DD') where the organization works, in its time zone: what is overdue, due today
     * or in the future for its staff, whatever the server's or the browser's zone.
     */
    todayOf: async (organizationId: string, now: Date) => dayInZone(now, await timeZoneOf(organizationId)),
    membershipsOfUser: repo.membershipsOfUser,
    findOrganization: repo.findOrganization,
    listOrganizations: repo.listOrganizations,
    findConsortium: repo.findConsortium,
    consortiumMembers: repo.consortiumMembers,
    consortiaOfOrganization: repo.consortiaOfOrganization,
    /** Consortia it is a member of now: a consent naming "members of consortium X" covers it (coordinators excluded). */
    consortiaWhereMember: repo.consortiaWhereMember,
    listSites: repo.listSites,
    staffOfOrganization: repo.staffOfOrganization,
    upsertMembership: repo.upsertMembership,
    removeMembership: repo.removeMembership,
    /**
     * Each organization's reminder delays (domain/reminder-delays.ts), the default for one not found:
     * the referrals' and hand-offs' reminders and figures read the sender's.
     */
    reminderDelaysOf: async (ids: readonly string[]): Promise<Map<string, ReminderDelays>> => {
      const found = await repo.reminderDelaysOf(ids);
      return new Map(ids.map((id) => [id, found.get(id) ?? { ...defaultReminderDelays }]));
    },
    /** Who must have a second factor, per organization (domain/second-factor-policy.ts). */
    secondFactorPolicies: secondFactorPolicyRepository(db).of,
    setSecondFactorPolicy: secondFactorPolicyRepository(db).set,
  };
}
