import { z } from 'zod';
import { exitRuleVersionBody } from '../../../contracts/outcomes.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles, programAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import type { PositiveExitRule } from '../domain/rule.js';
import { outcomeErrors } from '../errors.js';

/** The versions of a program's positive-exit rule, newest first, with who decided each: anyone who sees its figures. */
export const listExitRules = defineUseCase(z.object({ programId: z.uuid() }), async ({ input, ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, figuresRoles);
  const program = await programForFigures(trx, actor, input.programId);
  if (!program) throw outcomeErrors.programNotFound();
  const versions = await exitsRepository(trx).ruleVersions(program.id);
  const names = await accountsApi(trx).displayNames(
    versions.flatMap((v) => (v.createdBy ? [v.createdBy] : [])),
  );
  return {
    items: versions.map((v) => ({
      id: v.id,
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      createdAt: v.createdAt.toISOString(),
      createdBy: v.createdBy,
      createdByName: v.createdBy ? (names.get(v.createdBy) ?? null) : null,
      ...v.rule,
    })),
  };
});

/**
 * A new version from a day not before today (the organization's) nor before the latest version: what
 * was decided stays decided. Only those who steer the program (its owner, the consortium's
 * coordinator) write it, or the platform itself (the demo loader, with its past dates).
 */
export const addExitRuleVersion = defineUseCase(
  exitRuleVersionBody.extend({ programId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    let organizationId: string;
    let createdBy: string | null = null;
    if (ctx.system) {
      const program = await programForFigures(trx, null, input.programId);
      if (!program) throw outcomeErrors.programNotFound();
      organizationId = program.organizationId;
    } else {
      const actor = requireActor(ctx);
      requireRole(actor, programAdminRoles);
      const program = await programForFigures(trx, actor, input.programId);
      if (!program?.steers) throw outcomeErrors.programNotFound();
      organizationId = program.organizationId;
      createdBy = actor.userId;
      const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
      if (input.effectiveFrom < today)
        throw outcomeErrors.ruleBackdated(undefined, [{ path: 'body.effectiveFrom', code: 'before_today' }]);
    }
    const both = input.positiveOutcomes.filter((o) => input.exclusions.includes(o));
    if (both.length > 0)
      throw outcomeErrors.incoherent({ code: 'positive_and_excluded' }, [
        { path: 'body.exclusions', code: 'positive_and_excluded' },
      ]);
    const repo = exitsRepository(trx);
    await repo.lockRules(input.programId);
    const versions = await repo.ruleVersions(input.programId);
    const latest = versions[0];
    if (latest && input.effectiveFrom <= latest.effectiveFrom)
      throw outcomeErrors.ruleBackdated(undefined, [
        { path: 'body.effectiveFrom', code: 'not_after_latest' },
      ]);
    const { effectiveFrom, programId, ...fields } = input;
    const rule: PositiveExitRule = {
      ...fields,
      positiveOutcomes: [...new Set(fields.positiveOutcomes)],
      exclusions: [...new Set(fields.exclusions)],
      followUpMonths: [...new Set(fields.followUpMonths)].sort((a, b) => a - b),
    };
    const id = newId();
    const version = (latest?.version ?? 0) + 1;
    await repo.insertRuleVersion({
      id,
      organizationId,
      programId,
      version,
      effectiveFrom,
      rule,
      createdBy,
      now,
    });
    await audit.record({
      actorUserId: createdBy,
      organizationId: ctx.system ? null : organizationId,
      subjectOrganizationId: organizationId,
      action: 'exit_rule.version',
      resourceType: 'program',
      resourceId: programId,
      requestId: ctx.requestId,
      details: { version, effectiveFrom },
    });
    return { id, version };
  },
);
