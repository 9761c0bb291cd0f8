import { caseloadQuery } from '../../../contracts/people.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { caseloadPage } from '../../people/api.js';
import { enrolledPersonIds } from '../../programs/api.js';

export const listCaseloadInput = caseloadQuery;

/**
 * A counselor's caseload, one page at a time: the organization's people by name in any script,
 * typo-tolerant; by program and enrolment status; by referent ("mine"). It combines the people and
 * programs modules, which is why it is a module of its own. Listing is audited as one event.
 */
export const listCaseload = defineUseCase(listCaseloadInput, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, personDataRoles);
  const { items, total } = await caseloadPage(trx, actor, {
    search: input.q,
    referentUserId: input.referent === 'me' ? actor.userId : input.referent,
    immigrationStatus: input.immigrationStatus,
    enrolledIn:
      input.programId || input.enrolmentStatus
        ? enrolledPersonIds(trx, {
            organizationId: actor.organizationId,
            programId: input.programId,
            status: input.enrolmentStatus,
          })
        : undefined,
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
  });
  const names = await accountsApi(trx).displayNames(
    items.flatMap((i) => (i.referentUserId ? [i.referentUserId] : [])),
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: input.q ? 'person.search' : 'person.list',
    resourceType: 'person',
    resourceId: null,
    requestId: ctx.requestId,
    details: {
      results: items.length,
      filters: Object.keys(input).filter((k) => !['page', 'pageSize', 'sort', 'q'].includes(k)),
    },
  });
  return {
    items: items.map((i) => ({
      id: i.id,
      givenName: i.givenName,
      familyName: i.familyName,
      givenNameOriginal: i.givenNameOriginal,
      familyNameOriginal: i.familyNameOriginal,
      birthDate: i.birthDate,
      city: i.city,
      referentUserId: i.referentUserId,
      referentName: i.referentUserId ? (names.get(i.referentUserId) ?? null) : null,
      createdAt: new Date(i.createdAt).toISOString(),
    })),
    page: input.page,
    pageSize: input.pageSize,
    total,
  };
});
