import { z } from 'zod';
import { outcomesQuery } from '../../../contracts/outcomes.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programOutcomeFiguresSql } from '../adapters/figures/program-outcome-figures.js';
import { countsOfEach } from '../domain/measure.js';
import { defaultFollowUpMonths } from '../domain/vocabulary.js';
import { programFiguresAccess } from './program-figures.js';

export const programOutcomesInput = outcomesQuery.and(z.object({ programId: z.uuid() }));

/**
 * A program's outcome figures over a period: aggregates only (funders see these and nothing else);
 * `drillDown` tells staff who may see people's files that each figure opens on its people.
 */
export const programOutcomesFigures = defineUseCase(
  programOutcomesInput,
  async ({ input, ctx, trx, now }) => {
    const scope = await programFiguresAccess(trx, ctx, input, now);
    // Counted by the database (`programOutcomes` over the records is the specification it is tested against).
    const figures = await programOutcomeFiguresSql(trx, {
      programId: scope.program.id,
      organizationIds: scope.organizations.map((o) => o.id),
      period: { from: input.from, to: input.to },
      asOf: scope.today,
      unit: scope.rule?.rule.countingUnit ?? scope.program.countingUnit,
      monthsAfterEntry: scope.rule?.rule.measuredMonthsAfterEntry ?? null,
      followUpMonths: scope.rule?.rule.followUpMonths ?? defaultFollowUpMonths,
    });
    const names = new Map(scope.organizations.map((o) => [o.id, o.name]));
    const order = (id: string) => scope.organizations.findIndex((o) => o.id === id);
    const measures = countsOfEach(figures.measures);
    return {
      countingUnit: figures.unit,
      rule: scope.rule ? { version: scope.rule.version, effectiveFrom: scope.rule.effectiveFrom } : null,
      ruleVersionsUsed: figures.ruleVersionsUsed,
      exitsByOutcome: figures.exitsByOutcome,
      measures,
      medianQuarterlyEarningsCents: figures.medianQuarterlyEarningsCents,
      timeToFirstJob: figures.timeToFirstJob,
      followUps: figures.followUps.map((f) => ({
        months: f.months,
        due: f.due,
        answered: f.answered,
        unreachable: f.unreachable,
        pending: f.pending,
        employedShare: f.employedShare,
      })),
      // In the program's order of its organizations (the statement's rows come in no order).
      byMember: [...figures.byOrganization]
        .sort((a, b) => order(a.organizationId) - order(b.organizationId))
        .map((row) => ({
          ...row,
          organizationName: names.get(row.organizationId) ?? '',
        })),
      drillDown: personDataRoles.includes(scope.actor.role),
    };
  },
);
