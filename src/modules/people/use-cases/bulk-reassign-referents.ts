import { bulkReassignBody } from '../../../contracts/people.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { referentReassignmentRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { referentRepository } from '../adapters/referent-repository.js';
import { distributeReferents } from '../domain/referent-distribution.js';
import { peopleErrors } from '../errors.js';
import { recordHandovers, requireEligibleReferents } from './referent-changes.js';

/**
 * Hands a counselor's people, or a selection of the organization's people, over to one or several
 * colleagues in one transaction: every colleague is checked first, so one ineligible colleague (or
 * one person outside the organization) leaves everything as it was. One history row and one timeline
 * event per person; one audit entry with the count.
 */
export const bulkReassignReferents = defineUseCase(
  bulkReassignBody,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, referentReassignmentRoles);
    const colleagues = [...new Set(input.toUserIds)];
    if (input.fromUserId && colleagues.includes(input.fromUserId))
      throw peopleErrors.reassignmentSourceIsTarget();
    const names = await requireEligibleReferents(trx, actor.organizationId, colleagues);
    const repo = referentRepository(trx);
    let people: { id: string; referentUserId: string | null }[];
    if (input.personIds) {
      const wanted = [...new Set(input.personIds)];
      people = await repo.referentsOf(actor.organizationId, wanted);
      if (people.length !== wanted.length) throw peopleErrors.personNotFound();
    } else {
      people = await repo.followedBy(actor.organizationId, input.fromUserId!);
    }
    const loads =
      input.strategy === 'leastLoaded' ? await repo.loads(actor.organizationId, colleagues) : null;
    const handovers = distributeReferents(
      people.map((p) => ({ personId: p.id, currentReferentUserId: p.referentUserId })),
      colleagues.map((userId) => ({ userId, currentLoad: loads?.get(userId) ?? 0 })),
      input.strategy,
    );
    await recordHandovers(
      trx,
      {
        organizationId: actor.organizationId,
        changedBy: actor.userId,
        reason: input.reason ?? null,
        now,
        newId,
        timeline,
      },
      handovers,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.referent_bulk_change',
      resourceType: 'person',
      resourceId: null,
      requestId: ctx.requestId,
      details: {
        count: handovers.length,
        colleagues: colleagues.length,
        strategy: input.strategy,
        selection: input.personIds ? 'people' : 'referent',
        withReason: Boolean(input.reason),
      },
    });
    const counts = new Map<string, number>();
    for (const h of handovers) counts.set(h.toUserId, (counts.get(h.toUserId) ?? 0) + 1);
    return {
      reassigned: handovers.length,
      byReferent: colleagues.map((userId) => ({
        userId,
        name: names.get(userId) ?? null,
        count: counts.get(userId) ?? 0,
      })),
    };
  },
);
