import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { anonymizationRoles } from '../domain/privacy-roles.js';
import { pseudonymOf } from '../domain/retention.js';
import { privacyErrors } from '../errors.js';
import { anonymizeEverywhere } from './anonymize-everywhere.js';
import { followedPersonState } from './privacy-access.js';

/**
 * Erases the person (GDPR art. 17) by anonymizing them everywhere, irreversibly, with the reason:
 * the rows stay under a pseudonym, so that program figures, attendance, enrolment counts and the
 * loan fund's books stay exactly as they were, and nobody can find the person again by name.
 */
export const anonymizePerson = defineUseCase(
  z.object({ personId: z.uuid(), reason: z.string().trim().min(10).max(1000) }),
  async ({ input, ctx, trx, now, newId, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, anonymizationRoles);
    const state = await followedPersonState(trx, actor, input.personId);
    if (state.anonymizedAt) throw privacyErrors.alreadyAnonymized();
    const pseudonym = pseudonymOf(newId());
    const counts = await anonymizeEverywhere(trx, deps.keyRing, actor.organizationId, input.personId, {
      at: now,
      by: actor.userId,
      reason: input.reason,
      pseudonym,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.anonymize',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      // How many rows each module changed; the reason stays with the file's privacy record.
      details: { trigger: 'request', counts },
    });
    return { personId: input.personId, pseudonym, anonymizedAt: now.toISOString() };
  },
);
