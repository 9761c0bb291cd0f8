import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { keptFileReads } from '../../people/api.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { followedPerson, planRoles } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { todayOf } from './plan-changes.js';
import { planViews } from './plan-view.js';

/**
 * The person's plans, newest first, with progress and overdue steps as of today. A kept file's plans
 * are followed by those of the files merged into it (docs/duplicates.md), each marked with its file and
 * changed only there; each merged file is checked as its own file and audited when its plans are shown.
 */
export const personPlans = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const person = await followedPerson(trx, actor, input.personId);
    const reads = await keptFileReads(trx, actor.organizationId, person.id);
    const today = await todayOf(trx, actor.organizationId, now);
    const items = [];
    for (const file of reads.files) {
      const holder = file === person.id ? person : await followedPerson(trx, actor, file);
      const plans = await plansRepository(trx).plansOfPerson(file, actor.organizationId);
      const views = await planViews(trx, plans, today, { locale: ctx.locale, sex: holder.sex });
      const kept = file === person.id;
      if (kept || views.length > 0)
        await auditPlan(audit, actor, ctx, {
          action: 'plan.read',
          resourceType: 'person',
          resourceId: file,
          personId: file,
          details: kept ? { plans: views.length } : { plans: views.length, via: 'kept_file' },
        });
      items.push(...views.map((view) => ({ ...view, fromMergedFile: reads.originOf(file) })));
    }
    return { items };
  },
);
