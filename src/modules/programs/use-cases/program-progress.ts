import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { participatingOrganizations, steers, visibleProgram } from './program-access.js';

/**
 * Target against actual for each target row, counted from enrolments dated in the target's period,
 * in the target's unit (distinct persons, or distinct households). Those who steer the program see
 * every member; a member sees its own rows and the totals.
 */
export const programProgress = defineUseCase(
  z.object({ programId: z.uuid() }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireRole(actor, figuresRoles);
    const program = await visibleProgram(trx, actor, input.programId);
    const repo = programsRepository(trx);
    const targets = await repo.targets(program.id);
    const organizations = await participatingOrganizations(trx, program);
    const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
    const seesAll = steers(actor, program);
    // Targets share periods (a total and one row per member for the same year): each period is
    // counted once, members and total in the same statement.
    const counted = new Map<string, ReturnType<typeof repo.countEnrolledInPeriod>>();
    const countOf = (target: (typeof targets)[number]) => {
      const key = `${target.periodStart}|${target.periodEnd}|${target.unit}`;
      let count = counted.get(key);
      if (!count) {
        count = repo.countEnrolledInPeriod(program.id, target.periodStart, target.periodEnd, target.unit);
        counted.set(key, count);
      }
      return count;
    };
    const rows = [];
    for (const target of targets) {
      if (!seesAll && target.memberOrganizationId && target.memberOrganizationId !== actor.organizationId)
        continue;
      const count = await countOf(target);
      const actual = target.memberOrganizationId
        ? (count.byOrganization.get(target.memberOrganizationId) ?? 0)
        : count.total;
      rows.push({
        targetId: target.id,
        organizationId: target.memberOrganizationId,
        organizationName: target.memberOrganizationId
          ? (nameOf.get(target.memberOrganizationId) ?? null)
          : null,
        periodStart: target.periodStart,
        periodEnd: target.periodEnd,
        unit: target.unit,
        target: target.targetCount,
        actual,
      });
    }
    return { countingUnit: program.countingUnit, rows };
  },
);
