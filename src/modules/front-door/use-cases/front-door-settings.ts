import { z } from 'zod';
import { frontDoorSettingsBody, type frontDoorSettingsView } from '../../../contracts/front-door.js';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { type FrontDoorRecord, frontDoorRepository } from '../adapters/front-door-repository.js';
import { frontDoorErrors } from '../errors.js';
import { coordinationRoles } from './request-access.js';

/** The consortium program the actor's organization coordinates (or the platform itself), else not found. */
async function coordinatedProgram(db: Executor, actor: Actor | null, programId: string) {
  const program = await programForFigures(db, actor, programId);
  if (!program?.consortiumId) throw frontDoorErrors.programNotFound();
  const consortium = await organizationsApi(db).findConsortium(program.consortiumId);
  if (!consortium) throw frontDoorErrors.programNotFound();
  if (actor && !actor.coordinatedConsortiumIds.includes(consortium.id))
    throw frontDoorErrors.programNotFound();
  const members = await organizationsApi(db).consortiumMembers(consortium.id);
  return { program, consortium, members: members.map((m) => ({ id: m.id, name: m.name })) };
}

function settingsView(
  programId: string,
  door: FrontDoorRecord | undefined,
  members: { id: string; name: string }[],
) {
  return {
    programId,
    configured: door !== undefined,
    slug: door?.slug ?? null,
    open: door?.open ?? false,
    receivingOrganizationIds: door?.receivingOrganizationIds ?? [],
    // The stored rules, as the contract reads them (its arrays are not read-only).
    rules: (door?.rules ?? []) as z.infer<typeof frontDoorSettingsView>['rules'],
    members,
  };
}

export const readFrontDoorSettings = defineUseCase(
  z.object({ programId: z.uuid() }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireRole(actor, coordinationRoles);
    const { members } = await coordinatedProgram(trx, actor, input.programId);
    return settingsView(
      input.programId,
      await frontDoorRepository(trx).doorOfProgram(input.programId),
      members,
    );
  },
);

/**
 * The coordinating organization opens (or closes) its program's front door, names the members that
 * receive requests and orders the routing rules. Each rule's target must receive requests: a rule to
 * nobody would silently fall through to the load.
 */
export const setFrontDoorSettings = defineUseCase(
  z.object({ programId: z.uuid(), body: frontDoorSettingsBody }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = ctx.system ? null : requireActor(ctx);
    if (actor) requireRole(actor, coordinationRoles);
    const { consortium, members } = await coordinatedProgram(trx, actor, input.programId);
    const memberIds = new Set(members.map((m) => m.id));
    const body = input.body;
    if (body.receivingOrganizationIds.some((id) => !memberIds.has(id))) throw frontDoorErrors.notAMember();
    for (const rule of body.rules)
      if (!body.receivingOrganizationIds.includes(rule.targetOrganizationId))
        throw frontDoorErrors.ruleTargetNotReceiving({ label: rule.label });
    const repo = frontDoorRepository(trx);
    if (await repo.slugUsedElsewhere(body.slug, input.programId)) throw frontDoorErrors.slugTaken();
    const previous = await repo.doorOfProgram(input.programId);
    const door: FrontDoorRecord = {
      programId: input.programId,
      consortiumId: consortium.id,
      organizationId: consortium.coordinatingOrganizationId,
      slug: body.slug,
      open: body.open,
      receivingOrganizationIds: body.receivingOrganizationIds,
      // A rule keeps its id while it stays at its place with the same target, so that past proposals still name it.
      rules: body.rules.map((rule, index) => {
        const before = previous?.rules[index];
        const id = before && before.targetOrganizationId === rule.targetOrganizationId ? before.id : newId();
        return {
          id,
          label: rule.label,
          targetOrganizationId: rule.targetOrganizationId,
          conditions: Object.fromEntries(
            Object.entries(rule.conditions).filter(([, value]) => value !== undefined),
          ),
        };
      }),
    };
    await repo.saveDoor(door, actor?.userId ?? null, now);
    await audit.record({
      actorUserId: actor?.userId ?? null,
      organizationId: actor?.organizationId ?? null,
      subjectOrganizationId: consortium.coordinatingOrganizationId,
      action: 'front_door.settings_change',
      resourceType: 'front_door',
      resourceId: input.programId,
      requestId: ctx.requestId,
      details: { open: body.open, rules: body.rules.length, receiving: body.receivingOrganizationIds.length },
    });
    return settingsView(input.programId, door, members);
  },
);
