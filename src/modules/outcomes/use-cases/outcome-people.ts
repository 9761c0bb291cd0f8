import { z } from 'zod';
import { outcomeMeasureCodes, outcomesQuery } from '../../../contracts/outcomes.js';
import { requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programOutcomes } from '../domain/program-outcomes.js';
import { programFiguresScope } from './program-figures.js';

export const outcomePeopleInput = outcomesQuery.and(
  z.object({
    programId: z.uuid(),
    measure: z.enum(outcomeMeasureCodes),
    part: z.enum(['numerator', 'denominator', 'excluded']),
  }),
);

/**
 * The people behind one figure, for staff who may see people's files, limited to those their own
 * organization follows (a coordinator steering a consortium sees the counts of the members, the names
 * of its own people only). Each list is audited as a read of those files.
 */
export const outcomePeople = defineUseCase(outcomePeopleInput, async ({ input, ctx, trx, now, audit }) => {
  const scope = await programFiguresScope(trx, ctx, input, now);
  requireRole(scope.actor, personDataRoles);
  const figures = programOutcomes(
    scope.records,
    scope.rule,
    { from: input.from, to: input.to },
    scope.today,
    scope.program.countingUnit,
  );
  const keys = new Set(figures.measures[input.measure].members[input.part]);
  const organizationNames = new Map(scope.organizations.map((o) => [o.id, o.name]));
  const people = new Map<string, { personId: string; displayName: string; organizationName: string }>();
  for (const record of scope.records) {
    if (record.organizationId !== scope.actor.organizationId) continue;
    // Members are the counting unit's keys (a person, a household) or, for underemployment, people.
    if (!keys.has(figures.unitKey(record)) && !keys.has(record.personId)) continue;
    people.set(record.personId, {
      personId: record.personId,
      displayName: scope.displayNames.get(record.personId) ?? '',
      organizationName: organizationNames.get(record.organizationId) ?? '',
    });
  }
  const items = [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  for (const item of items)
    await audit.record({
      actorUserId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      subjectOrganizationId: scope.actor.organizationId,
      action: 'outcomes.people_read',
      resourceType: 'program',
      resourceId: scope.program.id,
      personId: item.personId,
      requestId: ctx.requestId,
      details: { measure: input.measure, part: input.part },
    });
  return { items };
});
