import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { personSummary } from '../modules/people/api.js';
import { reassignReferent } from '../modules/people/use-cases/reassign-referent.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/**
 * A handover in Toulouse: the counselor gives two IPR young people (not those of the follow-up
 * pattern, the last ones) to the program referent for a reinforced follow-up, with the reason kept in
 * their referent history. Through the use case, as the counselor.
 */
export async function loadDemoReferentChanges(
  deps: Deps,
  cast: { enrolledByProgram: Map<string, string[]>; counselor: Staff; referent: Staff },
): Promise<{ changes: number }> {
  const actor = await buildActor(
    deps.db,
    { id: cast.counselor.userId, displayName: 'demo', locale: 'fr' },
    'demo-loader',
    cast.counselor.organizationId,
  );
  if (!actor) throw new Error('demo caseload: counselor without membership');
  const ctx: RequestContext = { actor, requestId: 'demo-loader', locale: 'fr', ip: null };
  const toulouse: string[] = [];
  for (const personId of cast.enrolledByProgram.get('ipr') ?? [])
    if (await personSummary(deps.db, personId, cast.counselor.organizationId)) toulouse.push(personId);
  let changes = 0;
  for (const personId of toulouse.length > 14 ? toulouse.slice(-2) : []) {
    const result = await reassignReferent(deps)(ctx, {
      personId,
      referentUserId: cast.referent.userId,
      reason: 'Suivi renforcé par la référente IPR',
    });
    if (result.changed) changes++;
  }
  return { changes };
}
