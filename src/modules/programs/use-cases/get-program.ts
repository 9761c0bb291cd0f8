import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { describeRule } from '../domain/explain.js';
import { presentProgramSummary } from './present-program.js';
import { participatingOrganizations, visibleProgram } from './program-access.js';

export const getProgram = defineUseCase(z.object({ programId: z.uuid() }), async ({ input, ctx, trx }) => {
  const actor = requireActor(ctx);
  const program = await visibleProgram(trx, actor, input.programId);
  const repo = programsRepository(trx);
  const [organizations, referents, targets] = await Promise.all([
    participatingOrganizations(trx, program),
    repo.referents(program.id),
    repo.targets(program.id),
  ]);
  const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
  const staffNames = await accountsApi(trx).displayNames(referents.map((r) => r.userId));
  const locale = ctx.locale;
  return {
    ...presentProgramSummary(program, actor, locale),
    descriptionFr: program.descriptionFr,
    descriptionEn: program.descriptionEn,
    description: locale === 'en' ? program.descriptionEn : program.descriptionFr,
    rules: program.rules,
    ruleDescriptions: program.rules.map((rule, index) => ({
      index,
      kind: rule.kind,
      description: describeRule(rule, locale),
    })),
    organizations,
    referents: referents.map((r) => ({
      organizationId: r.organizationId,
      organizationName: nameOf.get(r.organizationId) ?? '',
      userId: r.userId,
      displayName: staffNames.get(r.userId) ?? '',
    })),
    targets: targets.map((t) => ({
      ...t,
      organizationName: t.memberOrganizationId ? (nameOf.get(t.memberOrganizationId) ?? null) : null,
    })),
  };
});
