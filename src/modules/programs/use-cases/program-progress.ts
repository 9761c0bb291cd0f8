import { z } from 'zod';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { type TargetSeriesCounts, targetSeriesRepository } from '../adapters/target-series-repository.js';
import { targetTrajectory } from '../domain/target-trajectory.js';
import { participatingOrganizations, steers, visibleProgram } from './program-access.js';

/**
 * Target against actual for each target row, counted from enrolments dated in the target's period,
 * in the target's unit (distinct persons, or distinct households), with its trajectory: the count at
 * each month end against a straight line to the target, the projection to the period's end and a
 * status, as of the viewer's organization's today (rules in `domain/target-trajectory.ts`). Those who
 * steer the program see every member; a member sees its own rows and the totals.
 */
export const programProgress = defineUseCase(
  z.object({ programId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, figuresRoles);
    return targetProgressOf(trx, actor, input.programId, now);
  },
);

/** `programProgress` for a reader already known (funder reports show the same rows). */
export async function targetProgressOf(trx: Executor, actor: Actor, programId: string, now: Date) {
  const program = await visibleProgram(trx, actor, programId);
  const targets = await programsRepository(trx).targets(program.id);
  const series = targetSeriesRepository(trx);
  const organizations = await participatingOrganizations(trx, program);
  const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
  const seesAll = steers(actor, program);
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  // Targets share periods (a total and one row per member for the same year): each period is
  // counted once, members and total in the same statement.
  const counted = new Map<string, Promise<TargetSeriesCounts>>();
  const countOf = (target: (typeof targets)[number]) => {
    const key = `${target.periodStart}|${target.periodEnd}|${target.unit}`;
    let count = counted.get(key);
    if (!count) {
      count = series.newUnitsByMonth(program.id, target.periodStart, target.periodEnd, target.unit);
      counted.set(key, count);
    }
    return count;
  };
  const rows = [];
  for (const target of targets) {
    if (!seesAll && target.memberOrganizationId && target.memberOrganizationId !== actor.organizationId)
      continue;
    const count = await countOf(target);
    const newByMonth = target.memberOrganizationId
      ? (count.byOrganization.get(target.memberOrganizationId) ?? new Map<string, number>())
      : count.total;
    const trajectory = targetTrajectory(target, newByMonth, today);
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
      actual: trajectory.actual,
      expectedToDate: trajectory.expectedToDate,
      projection: trajectory.projection,
      status: trajectory.status,
      series: trajectory.series,
    });
  }
  return { countingUnit: program.countingUnit, today, rows };
}
