import { z } from 'zod';
import { aidQueueQuery } from '../../../contracts/relocation-aid.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidErrors } from '../errors.js';
import { aidDecisionRoles, aidFilingRoles, programSteered } from './aid-access.js';
import { presentRequests } from './present-requests.js';
import { readableOrganizations, requestFor } from './request-access.js';

/** The person's requests, on their file: the organization that follows them. */
export const personAidRequests = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, aidFilingRoles);
    const person = await personSummary(trx, input.personId, actor.organizationId);
    if (!person) throw aidErrors.personNotFound();
    const rows = await aidRepository(trx).requestsOfPerson(actor.organizationId, person.id);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const items = [];
    for (const row of rows)
      items.push(await requestFor(trx, actor, row.id, false, undefined, [actor.organizationId]));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'relocation_aid.person_requests_read',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { requests: rows.length },
    });
    return { items: await presentRequests(trx, actor, audit, ctx.requestId, items, today) };
  },
);

/** One request my organization filed or decides. */
export const readAidRequest = defineUseCase(
  z.object({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const found = await requestFor(trx, actor, input.requestId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (found.request.organizationId === actor.organizationId)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'relocation_aid.request_read',
        resourceType: 'aid_request',
        resourceId: found.request.id,
        personId: found.request.personId,
        requestId: ctx.requestId,
      });
    const [view] = await presentRequests(trx, actor, audit, ctx.requestId, [found], today);
    return view!;
  },
);

/**
 * The owner's queue (requests of the programs it steers, to decide and pay), or the requests a member
 * filed; oldest first, 200 at most.
 */
export const listAidRequests = defineUseCase(aidQueueQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  if (input.side === 'to_decide') {
    requireRole(actor, aidDecisionRoles);
    if (input.programId) await programSteered(trx, actor, input.programId, aidDecisionRoles);
  } else requireRole(actor, aidFilingRoles);
  const scope = await readableOrganizations(trx, actor);
  const rows = await aidRepository(trx).requestsFor({
    organizationId: actor.organizationId,
    memberOrganizationIds: scope,
    side: input.side,
    status: input.status,
    programId: input.programId,
    limit: 200,
  });
  const items = [];
  for (const row of rows) items.push(await requestFor(trx, actor, row.id, false, undefined, scope));
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'relocation_aid.requests_list',
    resourceType: 'aid_request',
    resourceId: null,
    requestId: ctx.requestId,
    details: { side: input.side, requests: rows.length },
  });
  return { items: await presentRequests(trx, actor, audit, ctx.requestId, items, today) };
});
