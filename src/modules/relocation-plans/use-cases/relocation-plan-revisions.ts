import { z } from 'zod';
import { relocationTracks } from '../../../contracts/relocation-plans.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { relocationPlansRepository } from '../adapters/relocation-plans-repository.js';
import type { RelocationTrack } from '../domain/vocabulary.js';
import { planFile } from './plan-access.js';

/** The plan's history, newest first: each revision, who saved it, which fields it changed. Audited. */
export const relocationPlanRevisions = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    await planFile(trx, actor, input.personId);
    const repo = relocationPlansRepository(trx);
    const plan = await repo.ofPerson(actor.organizationId, input.personId);
    const rows = plan ? await repo.revisionsOf(actor.organizationId, plan.id) : [];
    const names = await accountsApi(trx).displayNames([...new Set(rows.map((r) => r.recordedBy))]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'relocation_plan.revisions_read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { results: rows.length },
    });
    return {
      items: rows.map((r) => {
        const track = (r.snapshot as { track?: string }).track;
        return {
          revision: r.revision,
          recordedAt: new Date(r.recordedAt).toISOString(),
          recordedByName: names.get(r.recordedBy) ?? '',
          changedFields: r.changedFields,
          // An anonymized history keeps no snapshot: the plan's track stands in.
          track: (relocationTracks as readonly string[]).includes(track ?? '')
            ? (track as RelocationTrack)
            : (plan?.track ?? 'employment'),
        };
      }),
    };
  },
);
