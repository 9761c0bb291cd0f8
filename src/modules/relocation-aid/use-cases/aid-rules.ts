import { z } from 'zod';
import { aidRulesBody } from '../../../contracts/relocation-aid.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import type { AidRules } from '../domain/aid-rules.js';
import { aidErrors } from '../errors.js';
import {
  aidAdminRoles,
  aidBudgetRoles,
  aidFilingRoles,
  programSteered,
  programTakenPart,
} from './aid-access.js';

/** The versions of a program's aid rules, newest first: members read them to file, the owner to decide. */
export const listAidRules = defineUseCase(z.object({ programId: z.uuid() }), async ({ input, ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, [...new Set([...aidFilingRoles, ...aidBudgetRoles])]);
  const program = await programTakenPart(trx, actor, input.programId);
  const versions = await aidRepository(trx).ruleVersions(program.organizationId, program.id);
  const names = await accountsApi(trx).displayNames(
    versions.flatMap((v) => (v.createdBy ? [v.createdBy] : [])),
  );
  return {
    canEdit: program.steers && aidAdminRoles.includes(actor.role),
    items: versions.map((v) => ({
      id: v.id,
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      createdAt: v.createdAt.toISOString(),
      createdByName: v.createdBy ? (names.get(v.createdBy) ?? null) : null,
      ...v.rules,
    })),
  };
});

/**
 * A new version of the rules from a day not before today (the owner's) nor on or before the latest
 * version: what was decided stays decided. Written by the program's administrators on the side that
 * steers it, or by the platform itself (the demo loader, with its past dates).
 */
export const addAidRules = defineUseCase(
  aidRulesBody.extend({ programId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    let organizationId: string;
    let createdBy: string | null = null;
    if (ctx.system) {
      const program = await programForFigures(trx, null, input.programId);
      if (!program) throw aidErrors.programNotFound();
      organizationId = program.organizationId;
    } else {
      const actor = requireActor(ctx);
      const program = await programSteered(trx, actor, input.programId, aidAdminRoles);
      organizationId = program.organizationId;
      createdBy = actor.userId;
      const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
      if (input.effectiveFrom < today)
        throw aidErrors.ruleBackdated(undefined, [{ path: 'body.effectiveFrom', code: 'before_today' }]);
    }
    const repo = aidRepository(trx);
    await repo.lockProgram(input.programId);
    const latest = (await repo.ruleVersions(organizationId, input.programId))[0];
    if (latest && input.effectiveFrom <= latest.effectiveFrom)
      throw aidErrors.ruleBackdated(undefined, [{ path: 'body.effectiveFrom', code: 'not_after_latest' }]);
    const { effectiveFrom, programId, ...fields } = input;
    const rules: AidRules = { ...fields, eligibleKinds: [...new Set(fields.eligibleKinds)] };
    const id = newId();
    const version = (latest?.version ?? 0) + 1;
    await repo.insertRuleVersion({
      id,
      organizationId,
      programId,
      version,
      effectiveFrom,
      rules,
      createdBy,
      now,
    });
    await audit.record({
      actorUserId: createdBy,
      organizationId: ctx.system ? null : organizationId,
      subjectOrganizationId: organizationId,
      action: 'relocation_aid.rules_version',
      resourceType: 'program',
      resourceId: programId,
      requestId: ctx.requestId,
      details: { version, effectiveFrom },
    });
    return { id, version };
  },
);
