import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';

/** A demo staff member: who, in which organization. */
export interface DemoStaffMember {
  organizationId: string;
  userId: string;
}

/** The request context of a demo staff member, as if they had logged in: the loader acts through the use cases. */
export async function staffContext(deps: Deps, staff: DemoStaffMember): Promise<RequestContext> {
  const actor = await buildActor(
    deps.db,
    { id: staff.userId, displayName: 'demo', locale: 'fr' },
    'demo-loader',
    staff.organizationId,
  );
  if (!actor) throw new Error(`demo: staff ${staff.userId} has no membership in ${staff.organizationId}`);
  return { actor, requestId: 'demo-loader', locale: 'fr', ip: null };
}
