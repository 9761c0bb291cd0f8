import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { actionViews } from './action-views.js';
import { meetingRoles } from './meeting-access.js';

/**
 * Open actions across members: every open action of the consortia the actor's organization
 * coordinates, and in the others those its organization owns; by due day. Today is the actor's
 * organization's, for what is overdue.
 */
export const openActions = defineUseCase(
  z.object({
    consortiumId: z.uuid().optional(),
    organizationId: z.uuid().optional(),
    overdue: z.boolean().default(false),
  }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const organizations = organizationsApi(trx);
    const today = await organizations.todayOf(actor.organizationId, now);
    const _repo = meetingsRepository(trx);
    const inScope = (ids: readonly string[]) =>
      input.consortiumId ? ids.filter((id) => id === input.consortiumId) : [...ids];
    const coordinated = inScope(actor.coordinatedConsortiumIds);
    const memberOnly = inScope(
      actor.consortiumIds.filter((id) => !actor.coordinatedConsortiumIds.includes(id)),
    );
    const dueBefore = input.overdue ? today : undefined;
    const rows = [
      ...(await actionsRepository(trx).openActions({
        consortiumIds: coordinated,
        ownerOrganizationId: input.organizationId,
        dueBefore,
      })),
      ...(input.organizationId && input.organizationId !== actor.organizationId
        ? []
        : await actionsRepository(trx).openActions({
            consortiumIds: memberOnly,
            ownerOrganizationId: actor.organizationId,
            dueBefore,
          })),
    ];
    const consortia = new Map<string, string>();
    for (const id of new Set(rows.map((row) => row.consortiumId)))
      consortia.set(id, (await organizations.findConsortium(id))?.name ?? '—');
    const views = await actionViews(trx, actor, rows, today);
    return {
      today,
      items: views.map((view, index) => {
        const consortiumId = rows[index]!.consortiumId;
        return { ...view, consortium: { id: consortiumId, name: consortia.get(consortiumId) ?? '—' } };
      }),
    };
  },
);
