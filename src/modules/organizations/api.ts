/**
 * What other modules may ask of organizations. They never read these tables themselves.
 */
import type { Executor } from '../../core/db/types.js';
import { organizationsRepository } from './adapters/organizations-repository.js';
import { secondFactorPolicyRepository } from './adapters/second-factor-policy-repository.js';

export type { MembershipRow, OrganizationRow } from './adapters/organizations-repository.js';

export function organizationsApi(db: Executor) {
  const repo = organizationsRepository(db);
  return {
    membershipsOfUser: repo.membershipsOfUser,
    findOrganization: repo.findOrganization,
    listOrganizations: repo.listOrganizations,
    findConsortium: repo.findConsortium,
    consortiumMembers: repo.consortiumMembers,
    consortiaOfOrganization: repo.consortiaOfOrganization,
    listSites: repo.listSites,
    staffOfOrganization: repo.staffOfOrganization,
    upsertMembership: repo.upsertMembership,
    removeMembership: repo.removeMembership,
    /** Who must have a second factor, per organization (domain/second-factor-policy.ts). */
    secondFactorPolicies: secondFactorPolicyRepository(db).of,
    setSecondFactorPolicy: secondFactorPolicyRepository(db).set,
  };
}
