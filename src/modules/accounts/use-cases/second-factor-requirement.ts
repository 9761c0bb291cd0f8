import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { secondFactorRequired } from '../../organizations/domain/second-factor-policy.js';

/**
 * Whether an account without an authenticator app must set one up before its session opens: it is
 * an administrator somewhere, or works for an organization that asks it of all staff (ASVS 6.3.2).
 * Every membership counts, so that switching organization never skips it.
 */
export async function mustHaveSecondFactor(
  db: Executor,
  memberships: readonly { organizationId: string; role: string }[],
): Promise<boolean> {
  const policies = await organizationsApi(db).secondFactorPolicies(memberships.map((m) => m.organizationId));
  return memberships.some((m) => secondFactorRequired(policies.get(m.organizationId) ?? 'all_staff', m.role));
}
